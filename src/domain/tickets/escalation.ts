/**
 * Seed 001's "cliente indirecto": the Solution Partner is the client's first line and hands a
 * request to the provider when it needs the vendor ("Sales Layer proporcionará soporte al
 * Partner"). An escalation happens once per ticket and only while the ticket is being worked.
 */
import { ticketError } from './errors.js';
import type { TicketStatus } from './status.js';

/** Refuses to escalate a ticket that is resolved, closed or already with the provider. */
export function assertEscalatable(ticket: {
  readonly status: TicketStatus;
  readonly escalatedAt: Date | null;
}): void {
  if (ticket.escalatedAt !== null)
    throw ticketError('already_escalated', {}, 'the ticket is already escalated to the provider');
  if (ticket.status === 'resolved' || ticket.status === 'closed')
    throw ticketError(
      'not_escalatable',
      { status: ticket.status },
      `a ${ticket.status} ticket is not escalated; reopen it first`,
      'status',
    );
}
