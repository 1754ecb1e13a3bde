import type { Actor } from '../../domain/identity/policy.js';
import { assertEscalatable } from '../../domain/tickets/index.js';
import type { Origin } from '../shared/index.js';
import { actOnTicket, type TicketCommandDeps } from './act-on-ticket.js';
import type { TicketRecord } from './ports.js';

/**
 * The managing partner hands a ticket to the provider (seed 001: "Sales Layer proporcionará
 * soporte al Partner"): it shows in the provider's queue as escalated, with a note for the
 * provider and the partner when the partner writes why. The clocks are not touched.
 */
export function escalateTicket(
  options: TicketCommandDeps & { actor: Actor; origin: Origin; ticketId: string; reason: string },
): Promise<TicketRecord> {
  return actOnTicket({
    ...options,
    action: 'tickets.escalate',
    command: (ticket, now) => {
      assertEscalatable(ticket);
      return {
        events: [
          { type: 'escalated', at: now.getTime() },
          { type: 'internal_note', at: now.getTime(), audience: 'partner' },
        ],
        message: {
          authorId: options.actor.userId,
          visibility: 'partner',
          automatic: false,
          body: options.reason,
          attachments: [],
          createdAt: now,
        },
        changes: { escalatedAt: now },
      };
    },
  });
}
