import { contractVersionAt } from '../../domain/contracts/index.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import {
  type Charge,
  chargeFor,
  checkAppend,
  entriesReadToCheck,
  type LedgerEntry,
  type NewEntry,
} from '../../domain/hour-bank/index.js';
import type { TicketKind } from '../../domain/tickets/vocabulary.js';
import { rebasePath } from '../error-paths.js';
import type { CalendarRepository, Clock } from '../ports.js';
import { todayOf } from './contract-today.js';
import type { ContractRepository, WorkRecord } from './ports.js';

/** The work to log on a contract, as an agent enters it. */
export interface WorkInput {
  ticketRef: string;
  conversationRef: string | null;
  kind: TicketKind;
  minutes: number;
  firstContact: boolean;
  note: string | null;
  /** Local date of the work; today in the contract's zone when absent. */
  on?: string | undefined;
}

/**
 * Logs work on a contract: charges it under the contract version in force on its date (free
 * kinds, rounding, minimums, cap, approval) and appends the consumption to the ledger, all
 * under the contract's lock so concurrent entries never lose or double a minute.
 */
export async function logWork(options: {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  clock: Clock;
  contractId: string;
  work: WorkInput;
  by: string | null;
}): Promise<{ work: WorkRecord; charge: Charge; entry: LedgerEntry | null }> {
  const { work } = options;
  const on = work.on ?? (await todayOf(options));
  // a consume is checked against closed periods only: the lock need not load the whole ledger
  const entryTypes = entriesReadToCheck('consume');
  return options.contracts.withLock(
    options.contractId,
    async (session) => {
      const { contract } = session.record;
      if (on < contract.start) throw invalidInput('on', `the contract starts on ${contract.start}`);
      if (contract.end !== null && on >= contract.end) {
        throw new DomainError('rule_violation', `the contract ended on ${contract.end}`, 'on');
      }
      const version = contractVersionAt(contract, on);
      const tallies = await session.tallies(work.ticketRef, work.conversationRef);
      const charge = rebasePath(
        () =>
          chargeFor(
            { kind: work.kind, minutes: work.minutes, firstContact: work.firstContact, ...tallies },
            version,
          ),
        'work.',
        '',
      );
      let entry: LedgerEntry | null = null;
      if (charge.minutes > 0) {
        const consume: NewEntry = {
          type: 'consume',
          on,
          minutes: charge.minutes,
          kind: work.kind,
          ticketId: work.ticketRef,
          needsApproval: charge.approvalRequired,
        };
        rebasePath(() => checkAppend(contract, session.entries, consume), 'entry.', '');
        [entry = null] = await session.append([consume], options.by);
      }
      const record = await session.recordWork(
        {
          contractId: contract.id,
          ticketRef: work.ticketRef,
          conversationRef: work.conversationRef,
          kind: work.kind,
          on,
          workedMinutes: work.minutes,
          chargedMinutes: charge.minutes,
          firstContact: work.firstContact,
          reasons: [...charge.reasons],
          quoteRequired: charge.quoteRequired,
          ledgerEntryId: entry?.id ?? null,
          note: work.note,
          createdBy: options.by,
        },
        options.clock.now(),
      );
      return { work: record, charge, entry };
    },
    entryTypes,
  );
}
