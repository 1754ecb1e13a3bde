import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import type { Role } from '../../domain/identity/roles.js';
import { projectSla, type SlaResult } from '../../domain/sla/index.js';
import {
  type HistoryEntry,
  historyFor,
  ticketHistory,
  visibleMessages,
} from '../../domain/tickets/index.js';
import type { WorkRecord } from '../hour-bank/index.js';
import { ticketContract } from './act-on-ticket.js';
import type { DeskDeps, TicketMessage, TicketSummary } from './ports.js';
import { ticketInReach } from './ticket-in-reach.js';

/** A person named in a ticket's conversation or history, with the role they act in. */
export interface Person {
  id: string;
  name: string;
  role: Role;
}

/** A ticket with its header names, conversation, history, time entries and SLA clocks computed now. */
export interface TicketView {
  ticket: TicketSummary;
  messages: TicketMessage[];
  history: HistoryEntry[];
  /** Time logged on the ticket with its charge, newest first; empty for client users. */
  timeEntries: WorkRecord[];
  /** The names of everyone the history and the conversation mention. */
  people: Person[];
  sla: SlaResult;
  /** The zone the SLA explanation is written in (the contract calendar's). */
  timeZone: string;
}

/** The most time entries a ticket page lists. */
const timeEntryLimit = 500;

async function peopleIn(
  options: Pick<DeskDeps, 'users'>,
  ids: Iterable<string | null>,
): Promise<Person[]> {
  const unique = [...new Set([...ids].filter((id): id is string => id !== null))];
  const found = await Promise.all(unique.map((id) => options.users.findById(id)));
  return found.flatMap((user) => (user ? [{ id: user.id, name: user.name, role: user.role }] : []));
}

/**
 * Reads a ticket as the actor may see it: clients the public conversation and history, a
 * managing partner also the notes shared with it, the provider everything; the clocks are
 * recomputed from the log as of now.
 */
export async function readTicket(
  options: Pick<
    DeskDeps,
    'clock' | 'contracts' | 'calendars' | 'tickets' | 'users' | 'hourBank'
  > & {
    actor: Actor;
    ticketId: string;
  },
): Promise<TicketView> {
  const { actor } = options;
  const found = await ticketInReach({ ...options, action: 'tickets.read' });
  const ticket = await options.tickets.summary(found.id);
  if (!ticket) throw new DomainError('not_found', 'no such ticket');
  const sla = (await ticketContract(options, ticket)).slaOfTicket(ticket.openedAt);
  const log = await options.tickets.log(ticket.id);
  const { result, projection } = projectSla(
    log.map((entry) => entry.event),
    sla.policy,
    sla.calendars,
    options.clock.now(),
  );
  const messages = await options.tickets.messages(
    ticket.id,
    visibleMessages(actor.organisationKind),
  );
  const history = historyFor(actor.organisationKind, ticketHistory(log));
  const work = await options.hourBank.workLog.list(ticket.contractId, {
    ticketRef: ticket.id,
    limit: timeEntryLimit,
  });
  // clients get no time entries, but may read the names of who logged work awaiting their approval
  const timeEntries = actor.organisationKind === 'client' ? [] : work;
  const people = await peopleIn(options, [
    ...history.flatMap((entry) => [
      entry.actorId,
      ...entry.changes.flatMap((c) => (c.field === 'assignee' ? [c.from, c.to] : [])),
    ]),
    ...messages.map((message) => message.authorId),
    ...work.map((entry) => entry.createdBy),
  ]);
  // the ticket's SLA fields as of now, as its clocks are (never the watcher's last look)
  return {
    ticket: { ...ticket, ...projection },
    messages,
    history,
    timeEntries,
    people,
    sla: result,
    timeZone: sla.timeZone,
  };
}
