import {
  type Balance,
  balanceAt,
  type LedgerEntry,
  type Statement,
  statement,
} from '../../domain/hour-bank/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { contractInReach, loadContractContext } from '../contracts/index.js';
import type { HourBankDeps, WorkRecord } from './ports.js';

type ReadOptions = Pick<HourBankDeps, 'clock' | 'contracts' | 'calendars' | 'ledger'> & {
  actor: Principal;
  contractId: string;
};

/**
 * The balance of a contract at the end of a day up to the period under way (today by default):
 * available, pending, expiring; replayed from the checkpoint of the last period closed before it.
 */
export async function readBalance(
  options: ReadOptions & { date?: string | undefined },
): Promise<Balance> {
  const context = await loadContractContext({ ...options, action: 'hours.read' });
  const { contract } = context.record;
  const date = options.date ?? context.today;
  context.reportedPeriod(date);
  const { checkpoint, entries } = await options.ledger.replayInput(contract.id, date);
  return balanceAt(contract, entries, date, checkpoint);
}

/** The statement of the period that contains `date` (the current period by default; none that has not begun). */
export async function readStatement(
  options: ReadOptions & { date?: string | undefined },
): Promise<Statement> {
  const context = await loadContractContext({ ...options, action: 'hours.read' });
  const { contract } = context.record;
  const date = options.date ?? context.today;
  const period = context.reportedPeriod(date);
  const { checkpoint, entries } = await options.ledger.replayInput(contract.id, period.lastDay);
  return statement(contract, entries, period, checkpoint);
}

/**
 * The tickets whose work an actor may see on a contract: all of them (undefined) for everyone but
 * a requester, who sees only the tickets it asked, never other requesters' work.
 */
async function visibleTicketRefs(
  options: Pick<HourBankDeps, 'workLog'> & { actor: Principal; contractId: string },
): Promise<Set<string> | undefined> {
  const { actor } = options;
  if ('system' in actor || actor.role !== 'client_requester') return undefined;
  return new Set(await options.workLog.ticketRefsRequestedBy(options.contractId, actor.userId));
}

/** Entries about tickets outside `visible`: their consumptions, and decisions and reversals of them. */
function hiddenEntryIds(entries: readonly LedgerEntry[], visible: Set<string>): Set<string> {
  const hidden = new Set<string>();
  for (const entry of entries) {
    const aboutHidden =
      (entry.type === 'consume' && !visible.has(entry.ticketId)) ||
      (entry.type === 'approval' && hidden.has(entry.consumeId)) ||
      (entry.type === 'reversal' && hidden.has(entry.entryId));
    if (aboutHidden) hidden.add(entry.id);
  }
  return hidden;
}

/** A page of the ledger, newest first, before an entry id (a requester's: its own tickets only). */
export async function readEntries(
  options: Pick<HourBankDeps, 'contracts' | 'ledger' | 'workLog'> & {
    actor: Principal;
    contractId: string;
    limit: number;
    before?: string | undefined;
  },
): Promise<LedgerEntry[]> {
  const record = await contractInReach({ ...options, action: 'hours.read' });
  const entries = await options.ledger.entries(record.contract.id);
  const visible = await visibleTicketRefs({ ...options, contractId: record.contract.id });
  const hidden = visible ? hiddenEntryIds(entries, visible) : new Set<string>();
  const before = options.before === undefined ? Number.POSITIVE_INFINITY : Number(options.before);
  return entries
    .filter((entry) => Number(entry.id) < before && !hidden.has(entry.id))
    .reverse()
    .slice(0, options.limit);
}

/** Logged work of a contract, newest first (of one ticket when `ticketRef` is given; a requester's own tickets only). */
export async function readWork(
  options: Pick<HourBankDeps, 'contracts' | 'workLog'> & {
    actor: Principal;
    contractId: string;
    ticketRef?: string | undefined;
    limit: number;
  },
): Promise<WorkRecord[]> {
  const record = await contractInReach({ ...options, action: 'hours.read' });
  const visible = await visibleTicketRefs({ ...options, contractId: record.contract.id });
  const filter = {
    limit: options.limit,
    ...(options.ticketRef ? { ticketRef: options.ticketRef } : {}),
    ...(visible ? { ticketRefs: [...visible] } : {}),
  };
  return options.workLog.list(record.contract.id, filter);
}
