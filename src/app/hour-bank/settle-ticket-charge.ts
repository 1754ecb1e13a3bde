import { contractVersionAt } from '../../domain/contracts/index.js';
import { DomainError } from '../../domain/errors.js';
import {
  checkAppend,
  type LedgerEntry,
  type SettlementCause,
  settleTicket,
  ticketTarget,
} from '../../domain/hour-bank/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { RequestOutcome, TicketKind } from '../../domain/tickets/vocabulary.js';
import { laterOf } from '../../domain/time/local-date.js';
import { loadContractContext } from '../contracts/index.js';
import { authorOf, type Origin, recordChange } from '../shared/index.js';
import type { HourBankDeps } from './ports.js';

/**
 * Brings a ticket's charge in the hour bank to what it costs now that its answer or kind changed
 * (domain `settleTicket`): reversals, refunds and consumption appended under the contract's lock
 * with the cause as their reason, and one line in the ticket's work log for the difference.
 * Idempotent: settling a ticket already settled appends nothing.
 */
export async function settleTicketCharge(
  options: Pick<HourBankDeps, 'clock' | 'ids' | 'contracts' | 'calendars' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    ticketRef: string;
    kind: TicketKind;
    outcome: RequestOutcome | null;
    cause: SettlementCause;
  },
): Promise<LedgerEntry[]> {
  const { today } = await loadContractContext({ ...options, action: 'tickets.work' });
  const by = authorOf(options.actor);
  return options.transact(async (tx) => {
    const record = await tx.contracts.lock(options.contractId);
    if (!record) throw new DomainError('not_found', 'no such contract');
    const { contract } = record;
    const entries = await tx.ledger.entries(contract.id, 'all');
    const work = await tx.workLog.ticketWork(contract.id, options.ticketRef);
    const version = contractVersionAt(contract, laterOf(today, contract.start));
    const settlement = settleTicket({
      contract,
      entries,
      ticketId: options.ticketRef,
      kind: options.kind,
      chargedMinutes: work.chargedMinutes,
      target: ticketTarget(work.entries, version, options.kind, options.outcome),
      today,
      cause: options.cause,
    });
    if (settlement.entries.length === 0 && settlement.chargedMinutes === 0) return [];
    for (const entry of settlement.entries) checkAppend(contract, entries, entry);
    const at = options.clock.now();
    const appended = await tx.ledger.append(contract.id, settlement.entries, by, at);
    const logged = await tx.workLog.record({
      id: options.ids.newId(),
      contractId: contract.id,
      ticketRef: options.ticketRef,
      conversationRef: null,
      kind: options.kind,
      on: today,
      workedMinutes: 0,
      chargedMinutes: settlement.chargedMinutes,
      firstContact: false,
      reasons: [options.cause],
      quoteRequired: false,
      ledgerEntryId: appended.find((entry) => entry.type === 'consume')?.id ?? null,
      note: null,
      createdAt: at,
      createdBy: by,
    });
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'tickets',
      resourceId: `${options.ticketRef}/${logged.id}`,
    });
    return appended;
  });
}
