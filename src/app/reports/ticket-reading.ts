/**
 * How the reports read tickets from the store: every ticket of a contract, the names of the
 * people who requested them, and a ticket's SLA clocks recomputed from its log.
 */

import { projectSla } from '../../domain/sla/index.js';
import type { ContractContext } from '../contracts/index.js';
import type { ReportsDeps } from './ports.js';

/** What the reports read from the store. */
export type Reading = Pick<
  ReportsDeps,
  | 'clock'
  | 'ledger'
  | 'workLog'
  | 'tickets'
  | 'compliance'
  | 'users'
  | 'metricReadings'
  | 'recommendations'
  | 'ticketEstimates'
  | 'quotes'
  | 'projects'
>;

/** Most tickets and work rows a report reads (the whole history of any contract we know of). */
export const wholeHistory = 1_000_000;

/** Tickets loaded beside the names of the client's people who requested them. */
export async function withRequesters<T>(
  deps: Pick<Reading, 'users'>,
  clientId: string,
  tickets: Promise<T>,
): Promise<[T, (requesterId: string) => string | null]> {
  const [loaded, people] = await Promise.all([tickets, deps.users.list([clientId])]);
  const names = new Map(people.map((person) => [person.id, person.name]));
  return [loaded, (requesterId) => names.get(requesterId) ?? null];
}

/** Every ticket of a contract, by number (SLA states as of `now`). */
export async function everyTicket(deps: Pick<Reading, 'tickets'>, contractId: string, now: Date) {
  const page = await deps.tickets.page({
    contractId,
    sort: 'number',
    direction: 'asc',
    now,
    limit: wholeHistory,
    offset: 0,
  });
  return page.tickets;
}

/** A ticket's SLA clocks as of `now`, recomputed from its log under the version it was opened in. */
export async function clocksOf(
  deps: Pick<Reading, 'tickets'>,
  context: ContractContext,
  ticket: { id: string; openedAt: Date },
  now: Date,
) {
  const sla = context.slaOfTicket(ticket.openedAt);
  const events = await deps.tickets.events(ticket.id);
  return projectSla(events, sla.policy, sla.calendars, now).result;
}
