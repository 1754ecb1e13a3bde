import { randomUUID } from 'node:crypto';
import {
  type Amendment,
  amendmentSchema,
  periodOf,
  scheduleOf,
  validateContract,
} from '../../domain/contracts/index.js';
import { missingGrants } from '../../domain/hour-bank/index.js';
import { parseOrThrow } from '../../domain/plans/params.js';
import { laterOf } from '../../domain/time/index.js';
import { rebasePath } from '../error-paths.js';
import type { CalendarRepository, Clock } from '../ports.js';
import { todayOf } from './contract-today.js';
import type { ContractRepository } from './ports.js';

/**
 * Records a dated amendment (temporary growth, prepaid hours, a parameter change). The whole
 * contract is re-validated with it (overlapping growth is a conflict); hours it adds to a period
 * already under way are granted at once, later ones when their period opens.
 */
export async function amendContract(options: {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  clock: Clock;
  contractId: string;
  amendment: unknown;
  by: string | null;
}): Promise<Amendment> {
  const withId = { ...(options.amendment as object), id: randomUUID() };
  const amendment: Amendment = rebasePath(
    () => parseOrThrow(amendmentSchema, withId, 'amendment'),
    'amendment.',
    '',
  );
  const today = await todayOf(options);
  return options.contracts.withLock(options.contractId, async (session) => {
    const contract = {
      ...session.record.contract,
      amendments: [...session.record.contract.amendments, amendment],
    };
    const index = contract.amendments.length - 1;
    rebasePath(() => validateContract(contract), `contract.amendments[${index}].`, '');
    const now = options.clock.now();
    await session.addAmendment(amendment, options.by, now);
    const current = periodOf(scheduleOf(contract), laterOf(today, contract.start));
    await session.append(missingGrants(contract, session.entries, current), options.by);
    return amendment;
  });
}
