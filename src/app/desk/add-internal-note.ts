import type { Actor } from '../../domain/identity/policy.js';
import { actOnTicket, type DeskDeps } from './act-on-ticket.js';
import type { TicketRecord } from './ports.js';

/** A note only the provider and its partners see; it never counts as a response. */
export function addInternalNote(
  options: DeskDeps & { actor: Actor; ticketId: string; body: string },
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
