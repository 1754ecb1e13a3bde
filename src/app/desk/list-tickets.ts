import type { Actor } from '../../domain/identity/policy.js';
import { visibleOrganisationIds } from '../identity/visible-organisations.js';
import type { TicketFilter, TicketRecord, TicketRepository } from './ports.js';

/** The tickets the actor may see that match the filter: a requester only its own, others their reach. */
export function listTickets(options: {
  tickets: TicketRepository;
  actor: Actor;
  filter: Omit<TicketFilter, 'clientIds'>;
}): Promise<TicketRecord[]> {
  const { actor, filter } = options;
  const requesterId = actor.role === 'client_requester' ? actor.userId : filter.requesterId;
  return options.tickets.list({ ...filter, requesterId, clientIds: visibleOrganisationIds(actor) });
}
