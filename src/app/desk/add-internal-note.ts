import type { Actor } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { actOnTicket, type TicketCommandDeps } from './act-on-ticket.js';
import type { TicketRecord } from './ports.js';

/** A note only the provider and its partners see; it never counts as a response. */
export function addInternalNote(
  options: TicketCommandDeps & { actor: Actor; origin: Origin; ticketId: string; body: string },
): Promise<TicketRecord> {
  return actOnTicket({
    ...options,
    action: 'tickets.work',
    command: (_ticket, now) => ({
      events: [{ type: 'internal_note', at: now.getTime() }],
      message: {
        authorId: options.actor.userId,
        visibility: 'internal',
        automatic: false,
        body: options.body,
        attachments: [],
        createdAt: now,
      },
      changes: {},
    }),
  });
}
