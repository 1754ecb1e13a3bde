/**
 * The monthly planning report from the store: the ledger, the estimates agents attached to the
 * open tickets planned for this period and the next, and the contract's open quotes and active
 * projects as the proposals that could spend the idle hours.
 */
import { type Period, periodByIndex, scheduleOf } from '../../domain/contracts/index.js';
import type { LedgerEntry } from '../../domain/hour-bank/index.js';
import { budgetUse } from '../../domain/projects/index.js';
import { currentVersion, quoteStateOn, quoteTotals } from '../../domain/quotes/index.js';
import {
  isPlannable,
  type PlannedWork,
  type PlanningReport,
  type Proposal,
  planningReport,
} from '../../domain/reports/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import type { ContractContext } from '../contracts/index.js';
import type { Reading } from './ticket-reading.js';

/** Months of usage history the planning shows, the current one included. */
const planningMonths = 6;

/** The estimates of the open tickets planned from `from` to before `to`, by day then ticket number. */
async function plannedWork(
  deps: Reading,
  contractId: string,
  from: LocalDate,
  to: LocalDate,
): Promise<PlannedWork[]> {
  const estimates = await deps.ticketEstimates.planned(contractId, from, to);
  const work: PlannedWork[] = [];
  for (const estimate of estimates) {
    const ticket = await deps.tickets.find(estimate.ticketId);
    if (ticket === undefined || !isPlannable(ticket.status)) continue;
    work.push({
      ticketRef: ticket.number,
      title: ticket.subject,
      kind: ticket.classification.kind,
      estimateMinutes: estimate.minutes,
      plannedFor: estimate.plannedFor,
    });
  }
  return work.sort(
    (a, b) => a.plannedFor.localeCompare(b.plannedFor) || a.ticketRef.localeCompare(b.ticketRef),
  );
}

/** The contract's open quotes (their hours) and active projects (their budget left), quotes first. */
async function proposalsOf(
  deps: Reading,
  contractId: string,
  entries: readonly LedgerEntry[],
  date: LocalDate,
): Promise<Proposal[]> {
  const [quotes, projects] = await Promise.all([
    deps.quotes.listByContract(contractId),
    deps.projects.listByContract(contractId),
  ]);
  const fromQuotes = quotes.flatMap((quote): Proposal[] => {
    const state = quoteStateOn(quote, date);
    const { content } = currentVersion(quote);
    const { minutes } = quoteTotals(content, quote.currency);
    // Only a quote not yet decided, withdrawn or expired is still a proposal.
    if ((state !== 'draft' && state !== 'sent') || minutes === 0) return [];
    const ref = `Q-${quote.id.slice(0, 8)}`;
    return [{ ref, title: content.title, estimateMinutes: minutes, source: 'quote', state }];
  });
  const fromProjects = projects.flatMap(({ project }): Proposal[] => {
    const left = budgetUse(project, entries).remainingMinutes;
    if (left <= 0) return [];
    const ref = `P-${project.id.slice(0, 8)}`;
    return [
      { ref, title: project.name, estimateMinutes: left, source: 'project', state: 'active' },
    ];
  });
  return [...fromQuotes, ...fromProjects];
}

/** The planning report of a period: as of today when the period holds today, else its last day. */
export async function planningOf(
  deps: Reading,
  context: ContractContext,
  period: Period,
): Promise<PlanningReport> {
  const { contract } = context.record;
  const date =
    context.today >= period.start && context.today <= period.lastDay
      ? context.today
      : period.lastDay;
  const next = periodByIndex(scheduleOf(contract), period.index + 1);
  const entries = await deps.ledger.entries(contract.id);
  const [planned, proposals] = await Promise.all([
    plannedWork(deps, contract.id, period.start, next.end),
    proposalsOf(deps, contract.id, entries, date),
  ]);
  return planningReport({
    contract,
    entries,
    date,
    periods: planningMonths,
    planned,
    proposals,
  });
}
