import { DomainError } from '../../domain/errors.js';
import { type Action, type Actor, can } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type { DeskDeps, TicketRecord } from './ports.js';

/**
 * Whether the actor sees the ticket: its organisation must be in reach, and a client requester
 * sees only the tickets it asked (the decision-maker sees all of its organisation's).
 */
export function seesTicket(actor: Actor, ticket: TicketRecord, action: Action): boolean {
  if (!can(actor, action, { organisationId: ticket.clientId })) return false;
  return actor.role !== 'client_requester' || ticket.requesterId === actor.userId;
}

/** Loads a ticket the actor may act on, its role first checked; one out of reach reads as not found. */
export async function ticketInReach(
  options: Pick<DeskDeps, 'tickets'> & { actor: Actor; action: Action; ticketId: string },
): Promise<TicketRecord> {
  authorise(options.actor, options.action);
  const ticket = await options.tickets.find(options.ticketId);
  if (!ticket || !seesTicket(options.actor, ticket, options.action)) {
    throw new DomainError('not_found', 'no such ticket');
  }
  return ticket;
}
