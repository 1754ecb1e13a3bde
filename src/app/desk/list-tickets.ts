import type { Actor } from '../../domain/identity/policy.js';
import { visibleOrganisationIds } from '../identity/index.js';
import { authorise } from '../shared/index.js';
import type { DeskDeps, SlaNotice, TicketFilter, TicketRecord } from './ports.js';

/** The tickets the actor may see that match the filter: a requester only its own, others their reach. */
export async function listTickets(
  options: Pick<DeskDeps, 'tickets'> & { actor: Actor; filter: Omit<TicketFilter, 'clientIds'> },
): Promise<TicketRecord[]> {
  const { actor, filter } = options;
  authorise(actor, 'tickets.read');
  const requesterId = actor.role === 'client_requester' ? actor.userId : filter.requesterId;
  return options.tickets.list({ ...filter, requesterId, clientIds: visibleOrganisationIds(actor) });
}

/** SLA at-risk and breach notices, newest first (provider staff). */
export async function listNotices(
  options: Pick<DeskDeps, 'notices'> & { actor: Actor; limit: number },
): Promise<SlaNotice[]> {
  authorise(options.actor, 'notices.read');
  return options.notices.list(options.limit);
}
