/**
 * The biweekly monitoring report's model from the store: the stored platform metrics of its
 * window and the one before (for the change since the last report), the tickets opened in the
 * window with their response and resolution times, the hours used, under the monitoring terms
 * in force on the window's last day, and the account manager's recommendations for the window.
 */
import {
  type MonitoredTicket,
  monitoringReport,
  monitoringSetupOf,
  reportError,
  windowByIndex,
  windowOf,
} from '../../domain/reports/index.js';
import { type LocalDate, startOfLocalDay } from '../../domain/time/index.js';
import type { ContractContext } from '../contracts/index.js';
import { rebasePath } from '../shared/index.js';
import { clocksOf, everyTicket, type Reading, withRequesters } from './ticket-reading.js';

/** The tickets opened in `[from, to)`, with their response and resolution times in business seconds. */
async function ticketsOpenedIn(
  deps: Reading,
  context: ContractContext,
  from: Date,
  to: Date,
): Promise<MonitoredTicket[]> {
  const { contract } = context.record;
  const now = deps.clock.now();
  const [tickets, requester] = await withRequesters(
    deps,
    contract.clientId,
    everyTicket(deps, contract.id, now),
  );
  const listed: MonitoredTicket[] = [];
  for (const ticket of tickets.filter((t) => t.openedAt >= from && t.openedAt < to)) {
    const { firstResponse, resolution } = await clocksOf(deps, context, ticket, now);
    listed.push({
      ticketRef: ticket.number,
      title: ticket.subject,
      requester: requester(ticket.requesterId),
      kind: ticket.classification.kind,
      criticality: ticket.criticality,
      status: ticket.status,
      openedAt: ticket.openedAt.getTime(),
      responseSeconds: firstResponse?.stopReason === 'responded' ? firstResponse.usedSeconds : null,
      resolutionSeconds: resolution?.stopReason === 'resolved' ? resolution.usedSeconds : null,
    });
  }
  return listed;
}

/** The monitoring report of the 15-day window holding `date`. */
export async function monitoringOf(deps: Reading, context: ContractContext, date: LocalDate) {
  const { contract } = context.record;
  const window = rebasePath(() => windowOf(contract.start, date), 'date', 'querystring.period');
  const terms = context.versionAt(window.lastDay).plan.monitoring;
  if (terms === null)
    throw reportError('monitoring_not_included', {}, 'the contract’s plan includes no monitoring');
  const since = window.index === 0 ? window : windowByIndex(contract.start, window.index - 1);
  const [entries, readings, recommendations, tickets] = await Promise.all([
    deps.ledger.entries(contract.id),
    deps.metricReadings.list(contract.id, since.start, window.end),
    deps.recommendations.find(contract.id, window.start),
    ticketsOpenedIn(
      deps,
      context,
      startOfLocalDay(window.start, context.timeZone),
      startOfLocalDay(window.end, context.timeZone),
    ),
  ]);
  return monitoringReport({
    contract,
    entries,
    date,
    setup: monitoringSetupOf(terms),
    readings,
    tickets,
    recommendations: recommendations ?? '',
  });
}
