import type { Actor } from '../../domain/identity/policy.js';
import { type LoggedWork, logWork } from '../hour-bank/index.js';
import type { Origin } from '../shared/index.js';
import type { DeskDeps } from './ports.js';
import { ticketInReach } from './ticket-in-reach.js';

/**
 * Logs time on a ticket through the hour bank (incidents free, minimums, rounding, cap,
 * approval, and the ticket's answer); the ticket is its own conversation for the
 * per-conversation minimum.
 */
export async function logTicketTime(
  options: Pick<DeskDeps, 'tickets' | 'hourBank'> & {
    actor: Actor;
    origin: Origin;
    ticketId: string;
    minutes: number;
    firstContact: boolean;
    note: string | null;
    on?: string | undefined;
  },
): Promise<LoggedWork> {
  const ticket = await ticketInReach({ ...options, action: 'tickets.log_time' });
  return logWork({
    ...options.hourBank,
    actor: options.actor,
    origin: options.origin,
    contractId: ticket.contractId,
    work: {
      ticketRef: ticket.id,
      conversationRef: ticket.id,
      kind: ticket.classification.kind,
      outcome: ticket.outcome,
      minutes: options.minutes,
      firstContact: options.firstContact,
      note: options.note,
      on: options.on,
    },
    loggedOn: { resourceType: 'tickets', resourceId: ticket.id },
  });
}
