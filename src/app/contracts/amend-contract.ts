import {
  type Amendment,
  amendmentSchema,
  periodOf,
  scheduleOf,
  validateContract,
} from '../../domain/contracts/index.js';
import { DomainError } from '../../domain/errors.js';
import { checkAmendmentPeriod, missingGrants } from '../../domain/hour-bank/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { parseOrThrow } from '../../domain/plans/params.js';
import { laterOf } from '../../domain/time/index.js';
import { assertCalendarsDefined } from '../calendars/index.js';
import { authorOf, type Origin, rebasePath, recordChange, recordEvent } from '../shared/index.js';
import { contractAmended } from './events.js';
import { loadContractContext } from './load-contract-context.js';
import type { ContractRecord, ContractsDeps } from './ports.js';

/**
 * Records a dated amendment (temporary growth, prepaid hours, a parameter change). The whole
 * contract is re-validated with it (overlapping growth is a conflict), and it takes effect in an
 * open period (in a closed one it would never apply); hours it adds to a period already under way
 * are granted at once, later ones when their period opens.
 */
export async function amendContract(
  options: Pick<ContractsDeps, 'clock' | 'ids' | 'contracts' | 'calendars' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    amendment: unknown;
  },
): Promise<ContractRecord> {
  const { today } = await loadContractContext({ ...options, action: 'contracts.manage' });
  const withId = { ...(options.amendment as object), id: options.ids.newId() };
  const amendment: Amendment = rebasePath(
    () => parseOrThrow(amendmentSchema, withId, 'amendment'),
    'amendment.',
    '',
  );
  if (amendment.kind === 'parameter_change')
    await assertCalendarsDefined(options.calendars, amendment.changes, 'changes');
  return options.transact(async (tx) => {
    const locked = await tx.contracts.lock(options.contractId);
    if (!locked) throw new DomainError('not_found', 'no such contract');
    const contract = {
      ...locked.contract,
      amendments: [...locked.contract.amendments, amendment],
    };
    const index = contract.amendments.length - 1;
    rebasePath(() => validateContract(contract), `contract.amendments[${index}].`, '');
    const entries = await tx.ledger.entries(contract.id);
    checkAmendmentPeriod(contract, entries, amendment);
    const at = options.clock.now();
    const by = authorOf(options.actor);
    await tx.contracts.addAmendment(contract.id, amendment, by, at);
    const current = periodOf(scheduleOf(contract), laterOf(today, contract.start));
    await tx.ledger.append(contract.id, missingGrants(contract, entries, current), by, at);
    const change = { resourceType: 'contracts', resourceId: contract.id };
    await recordChange(tx, { ...options, at, ...change });
    await recordEvent(tx, options.ids, at, contractAmended, {
      contractId: contract.id,
      amendmentId: amendment.id,
      kind: amendment.kind,
    });
    return { ...locked, contract };
  });
}
