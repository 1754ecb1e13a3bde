import type { Actor } from '../../domain/identity/policy.js';
import { projectionAt } from '../../domain/sla/index.js';
import { visibleOrganisationIds } from '../identity/index.js';
import { authorise } from '../shared/index.js';
import type { DeskDeps, SlaNotice, TicketFilter, TicketPage } from './ports.js';

/** Whose tickets a queue shows: the reader's own, nobody's, or one person's (by id). */
export type AssigneeFilter = 'mine' | 'unassigned' | (string & {});

/** The filter a reader asks for: reach is the reader's, "mine" means the reader. */
export type QueueQuery = Omit<TicketFilter, 'clientIds' | 'assigneeId' | 'now'> & {
  assignee?: AssigneeFilter | undefined;
};

function assigneeOf(actor: Actor, assignee: AssigneeFilter | undefined): string | null | undefined {
  if (assignee === 'mine') return actor.userId;
  if (assignee === 'unassigned') return null;
  return assignee;
}

/**
 * A page of the tickets the actor may see that match the filter, with the total that match:
 * a requester only its own, everyone else the organisations in reach. SLA states are as of now,
 * the same a ticket's own page shows, never the watcher's last look.
 */
export async function listTickets(
  options: Pick<DeskDeps, 'tickets' | 'clock'> & { actor: Actor; filter: QueueQuery },
): Promise<TicketPage> {
  const { actor, filter } = options;
  authorise(actor, 'tickets.read');
  const { assignee, ...rest } = filter;
  const now = options.clock.now();
  const page = await options.tickets.page({
    ...rest,
    now,
    requesterId: actor.role === 'client_requester' ? actor.userId : filter.requesterId,
    assigneeId: assigneeOf(actor, assignee),
    clientIds: visibleOrganisationIds(actor),
  });
  return { ...page, tickets: page.tickets.map((ticket) => projectionAt(ticket, now)) };
}

/** SLA at-risk and breach notices, newest first (provider staff). */
export async function listNotices(
  options: Pick<DeskDeps, 'notices'> & { actor: Actor; limit: number },
): Promise<SlaNotice[]> {
  authorise(options.actor, 'notices.read');
  return options.notices.list(options.limit);
}
