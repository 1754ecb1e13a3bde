import { DomainError } from '../../domain/errors.js';
import {
  checkAppend,
  entriesReadToCheck,
  type LedgerEntry,
  type NewEntry,
} from '../../domain/hour-bank/index.js';
import type { Action, Principal } from '../../domain/identity/policy.js';
import { loadContractContext } from '../contracts/index.js';
import { authorOf, type Origin, rebasePath, recordChange, recordEvent } from '../shared/index.js';
import { consumptionDecided } from './events.js';
import type { HourBankDeps } from './ports.js';

/** The manual entries people append: a decision on pending consumption, an adjustment, a reversal. */
export type ManualEntry =
  | {
      type: 'approval';
      consumeId: string;
      decision: 'approved' | 'rejected';
      reason?: string | undefined;
    }
  | {
      type: 'adjust';
      minutes: number;
      reason: string;
      expiresOn: string | null;
      on?: string | undefined;
    }
  | { type: 'reversal'; entryId: string; reason: string; on?: string | undefined };

/** Who may append each kind of manual entry: the client's decision-maker decides, admins correct. */
const actionFor: Record<ManualEntry['type'], Action> = {
  approval: 'consumption.approve',
  adjust: 'hours.adjust',
  reversal: 'hours.adjust',
};

/**
 * Appends one manual entry under the contract's lock after the ledger's own checks (closed
 * periods, what can be reversed or decided, decided only once). Decisions are dated today.
 */
export async function appendToLedger(
  options: Pick<HourBankDeps, 'clock' | 'ids' | 'contracts' | 'calendars' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    entry: ManualEntry;
  },
): Promise<LedgerEntry> {
  const { entry } = options;
  const { today } = await loadContractContext({ ...options, action: actionFor[entry.type] });
  return options.transact(async (tx) => {
    const record = await tx.contracts.lock(options.contractId);
    if (!record) throw new DomainError('not_found', 'no such contract');
    const { contract } = record;
    const entries = await tx.ledger.entries(contract.id, entriesReadToCheck(entry));
    const on = entry.type === 'approval' ? today : (entry.on ?? today);
    const full = { ...entry, on } as NewEntry;
    rebasePath(() => checkAppend(contract, entries, full), 'entry.', '');
    const at = options.clock.now();
    const [appended] = await tx.ledger.append(contract.id, [full], authorOf(options.actor), at);
    if (!appended) throw new Error('the ledger did not return the appended entry');
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'contracts',
      resourceId: `${contract.id}/${appended.id}`,
    });
    if (entry.type === 'approval') {
      await recordEvent(tx, options.ids, at, consumptionDecided, {
        contractId: contract.id,
        consumeId: entry.consumeId,
        decision: entry.decision,
      });
    }
    return appended;
  });
}
