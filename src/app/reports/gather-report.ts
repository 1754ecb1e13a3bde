/**
 * Computes a report's model from the store: reads what the report is built from (the ledger, the
 * work log, the tickets and their requesters, the compliance counts of the last 12 periods and
 * the breached tickets with their clocks' explanation) and hands it to the pure model of
 * src/domain/reports. Authorisation is the caller's (readReport, issueReport).
 */
import { type Period, periodByIndex, periodOf, scheduleOf } from '../../domain/contracts/index.js';
import {
  type BreachedTicket,
  type ComplianceReport,
  complianceReport,
  type HourStatement,
  hourStatement,
  type MonitoringReport,
  type PlanningReport,
  type ReportKind,
  type TicketFacts,
  trendLength,
} from '../../domain/reports/index.js';
import { type LocalDate, startOfLocalDay } from '../../domain/time/index.js';
import type { ContractContext } from '../contracts/index.js';
import { rebasePath } from '../shared/index.js';
import { monitoringOf } from './gather-monitoring.js';
import { planningOf } from './gather-planning.js';
import {
  clocksOf,
  everyTicket,
  type Reading,
  wholeHistory,
  withRequesters,
} from './ticket-reading.js';

/** A report's model, tagged with its kind. */
export type ReportModel =
  | { kind: 'statement'; report: HourStatement }
  | { kind: 'compliance'; report: ComplianceReport }
  | { kind: 'planning'; report: PlanningReport }
  | { kind: 'monitoring'; report: MonitoringReport };

/** The kinds computed from the store. */
export const servedKinds = [
  'statement',
  'compliance',
  'monitoring',
  'planning',
] as const satisfies readonly ReportKind[];

/** One of {@link servedKinds}. */
export type ServedKind = (typeof servedKinds)[number];

/** Most breached tickets listed with their explanation (the counts include every one). */
export const listedBreaches = 2_000;
/** The days a report covers: its hour-bank period, or the monitoring report's 15-day window. */
export function reportSpan(model: ReportModel): { start: LocalDate; lastDay: LocalDate } {
  return model.kind === 'monitoring' ? model.report.window : model.report.period;
}

/** Each ticket of the contract as the statement names it: number, subject and requester's name. */
async function ticketFacts(deps: Reading, context: ContractContext): Promise<TicketFacts[]> {
  const { contract } = context.record;
  const [tickets, requester] = await withRequesters(
    deps,
    contract.clientId,
    everyTicket(deps, contract.id, deps.clock.now()),
  );
  return tickets.map((ticket) => ({
    ref: ticket.id,
    label: ticket.number,
    title: ticket.subject,
    requester: requester(ticket.requesterId),
  }));
}

async function statementOf(deps: Reading, context: ContractContext, period: Period) {
  const { contract } = context.record;
  const [entries, work, tickets] = await Promise.all([
    deps.ledger.entries(contract.id),
    deps.workLog.list(contract.id, { limit: wholeHistory }),
    ticketFacts(deps, context),
  ]);
  return hourStatement({ contract, entries, work, tickets, period });
}

/** The breached tickets of a period as of `now`, with the explanation of their first-response clock. */
async function breachesIn(
  deps: Reading,
  context: ContractContext,
  now: Date,
  from: Date,
  to: Date,
): Promise<BreachedTicket[]> {
  const { contract } = context.record;
  const [breached, requester] = await withRequesters(
    deps,
    contract.clientId,
    deps.compliance.breachedTickets(contract.id, from, to, now, listedBreaches),
  );
  const listed: BreachedTicket[] = [];
  for (const ticket of breached) {
    const clock = (await clocksOf(deps, context, ticket, now)).firstResponse;
    listed.push({
      ticketRef: ticket.number,
      title: ticket.subject,
      requester: requester(ticket.requesterId),
      criticality: ticket.criticality,
      openedAt: ticket.openedAt.getTime(),
      dueAt: clock?.due ?? null,
      respondedAt: clock?.stoppedAt ?? null,
      steps: clock?.steps ?? [],
    });
  }
  return listed;
}

async function complianceOf(deps: Reading, context: ContractContext, period: Period) {
  const { contract } = context.record;
  const now = deps.clock.now();
  const schedule = scheduleOf(contract);
  const bounds = (p: Period) =>
    [startOfLocalDay(p.start, context.timeZone), startOfLocalDay(p.end, context.timeZone)] as const;
  const earlier = Array.from({ length: trendLength - 1 }, (_, i) => period.index - 1 - i)
    .filter((index) => index >= 0)
    .map((index) => periodByIndex(schedule, index));
  const history = await Promise.all(
    earlier.map(async (p) => ({
      period: p,
      counts: await deps.compliance.complianceCounts(contract.id, ...bounds(p), now),
    })),
  );
  const counts = await deps.compliance.complianceCounts(contract.id, ...bounds(period), now);
  const breaches = await breachesIn(deps, context, now, ...bounds(period));
  return complianceReport({ contract, period, counts, breaches, history });
}

/** The model of a report of a contract: the period (or monitoring window) holding `date`. */
export async function gatherReport(
  deps: Reading,
  context: ContractContext,
  kind: ServedKind,
  date: LocalDate,
): Promise<ReportModel> {
  if (kind === 'monitoring') return { kind, report: await monitoringOf(deps, context, date) };
  const { contract } = context.record;
  const period = rebasePath(
    () => periodOf(scheduleOf(contract), date),
    'date',
    'querystring.period',
  );
  switch (kind) {
    case 'statement':
      return { kind, report: await statementOf(deps, context, period) };
    case 'compliance':
      return { kind, report: await complianceOf(deps, context, period) };
    case 'planning':
      return { kind, report: await planningOf(deps, context, period) };
  }
}
