import { contractError, contractVersionAt } from '../../domain/contracts/index.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import {
  type Charge,
  chargeFor,
  checkAppend,
  entriesReadToCheck,
  type LedgerEntry,
  type NewEntry,
  talliesBefore,
} from '../../domain/hour-bank/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { RequestOutcome, TicketKind } from '../../domain/tickets/vocabulary.js';
import { loadContractContext } from '../contracts/index.js';
import { authorOf, type Origin, rebasePath, recordChange, recordEvent } from '../shared/index.js';
import { consumptionAwaitingApproval } from './events.js';
import type { HourBankDeps, WorkRecord } from './ports.js';

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
  /** The ticket's answer (seed 002's five possible answers); none while unanswered. */
  outcome?: RequestOutcome | null | undefined;
}

/** What logging work did: the work, its charge and the ledger entry (if it consumed hours). */
export interface LoggedWork {
  work: WorkRecord;
  charge: Charge;
  entry: LedgerEntry | null;
}

/**
 * Logs work on a contract: charges it under the contract version in force on its date (free
 * kinds, rounding, minimums, cap, approval) and appends the consumption to the ledger, all
 * under the contract's lock so concurrent entries never lose or double a minute. The audit
 * entry names the record the work was logged on: the contract, or (from the desk) a ticket.
 */
export async function logWork(
  options: Pick<HourBankDeps, 'clock' | 'ids' | 'contracts' | 'calendars' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    work: WorkInput;
    loggedOn?: { resourceType: string; resourceId: string };
  },
): Promise<LoggedWork> {
  const { work } = options;
  const context = await loadContractContext({ ...options, action: 'hours.log' });
  const on = work.on ?? context.today;
  const by = authorOf(options.actor);
  return options.transact(async (tx) => {
    const record = await tx.contracts.lock(options.contractId);
    if (!record) throw new DomainError('not_found', 'no such contract');
    const { contract } = record;
    if (on < contract.start) throw invalidInput('on', `the contract starts on ${contract.start}`);
    if (contract.end !== null && on >= contract.end) {
      throw contractError(
        'contract_ended',
        { end: contract.end },
        `the contract ended on ${contract.end}`,
        'on',
      );
    }
    // a consume is checked against closed periods only: no need to load the whole ledger
    const entries = await tx.ledger.entries(contract.id, entriesReadToCheck({ type: 'consume' }));
    const version = contractVersionAt(contract, on);
    const earlier = await tx.workLog.ticketWork(contract.id, work.ticketRef);
    const tallies = talliesBefore(
      earlier.entries,
      earlier.chargedMinutes,
      work.conversationRef,
      version,
    );
    const charge = rebasePath(
      () =>
        chargeFor(
          {
            kind: work.kind,
            minutes: work.minutes,
            firstContact: work.firstContact,
            outcome: work.outcome ?? null,
            ...tallies,
          },
          version,
        ),
      'work.',
      '',
    );
    const at = options.clock.now();
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
      rebasePath(() => checkAppend(contract, entries, consume), 'entry.', '');
      [entry = null] = await tx.ledger.append(contract.id, [consume], by, at);
    }
    const logged = await tx.workLog.record({
      id: options.ids.newId(),
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
      createdAt: at,
      createdBy: by,
    });
    const loggedOn = options.loggedOn ?? { resourceType: 'contracts', resourceId: contract.id };
    await recordChange(tx, {
      ...options,
      at,
      resourceType: loggedOn.resourceType,
      resourceId: `${loggedOn.resourceId}/${logged.id}`,
    });
    if (entry && charge.approvalRequired) {
      await recordEvent(tx, options.ids, at, consumptionAwaitingApproval, {
        contractId: contract.id,
        consumeId: entry.id,
        ticketRef: work.ticketRef,
        minutes: charge.minutes,
        on,
      });
    }
    return { work: logged, charge, entry };
  });
}
