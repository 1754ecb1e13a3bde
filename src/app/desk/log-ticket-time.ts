import type { Actor } from '../../domain/identity/policy.js';
import { logWork } from '../hour-bank/log-work.js';
import type { DeskDeps } from './act-on-ticket.js';
import { ticketInReach } from './ticket-in-reach.js';

/**
 * Logs time on a ticket through the hour bank (incidents free, minimums, rounding, cap,
 * approval); the ticket is its own conversation for the per-conversation minimum.
 */
export async function logTicketTime(
  options: DeskDeps & {
    actor: Actor;
    ticketId: string;
    minutes: number;
    firstContact: boolean;
    note: string | null;
    on?: string | undefined;
  },
) {
  const ticket = await ticketInReach({ ...options, action: 'tickets.log_time' });
  return logWork({
    ...options,
    contractId: ticket.contractId,
    work: {
      ticketRef: ticket.id,
      conversationRef: ticket.id,
      kind: ticket.classification.kind,
      minutes: options.minutes,
      firstContact: options.firstContact,
      note: options.note,
      on: options.on,
    },
    by: options.actor.userId,
  });
}
