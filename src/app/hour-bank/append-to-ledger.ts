import {
  checkAppend,
  entriesReadToCheck,
  type LedgerEntry,
  type NewEntry,
} from '../../domain/hour-bank/index.js';
import { rebasePath } from '../error-paths.js';
import type { CalendarRepository, Clock } from '../ports.js';
import { todayOf } from './contract-today.js';
import type { ContractRepository } from './ports.js';

/** The manual entries people append: a decision on pending consumption, an adjustment, a reversal. */
export type ManualEntry =
  | { type: 'approval'; consumeId: string; decision: 'approved' | 'rejected' }
  | {
      type: 'adjust';
      minutes: number;
      reason: string;
      expiresOn: string | null;
      on?: string | undefined;
    }
  | { type: 'reversal'; entryId: string; reason: string; on?: string | undefined };

/**
 * Appends one manual entry under the contract's lock after the ledger's own checks (closed
 * periods, what can be reversed or decided, decided only once). Decisions are dated today.
 */
export async function appendToLedger(options: {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  clock: Clock;
  contractId: string;
  entry: ManualEntry;
  by: string | null;
}): Promise<LedgerEntry> {
  const today = await todayOf(options);
  const { entry } = options;
  return options.contracts.withLock(
    options.contractId,
    async (session) => {
      const on = entry.type === 'approval' ? today : (entry.on ?? today);
      const full = { ...entry, on } as NewEntry;
      rebasePath(() => checkAppend(session.record.contract, session.entries, full), 'entry.', '');
      const [appended] = await session.append([full], options.by);
      if (!appended) throw new Error('the ledger did not return the appended entry');
      return appended;
    },
    entriesReadToCheck(entry.type),
  );
}
