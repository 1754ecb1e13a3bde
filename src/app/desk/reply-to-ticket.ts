import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import type { ReplyStatus, TicketEvent } from '../../domain/sla/index.js';
import { assertAcceptsReplies, transition } from '../../domain/tickets/status.js';
import type { Origin } from '../shared/index.js';
import { actOnTicket, type TicketCommandDeps } from './act-on-ticket.js';
import type { AttachmentMeta, TicketRecord } from './ports.js';

/**
 * A public reply. From the provider (or its partner) it is the first response unless automatic,
 * and may set a status in the same action ("reply and wait on the client"); from the client it
 * reopens a ticket that was waiting on it or resolved, and may set no status itself (as `/status`).
 */
export function replyToTicket(
  options: TicketCommandDeps & {
    actor: Actor;
    origin: Origin;
    ticketId: string;
    body: string;
    automatic: boolean;
    setStatus?: ReplyStatus | undefined;
    /** Files that came with the reply (a mail's attachments). */
    attachments?: readonly AttachmentMeta[] | undefined;
    /** The received mail the reply came in. */
    mailId?: string | undefined;
  },
): Promise<TicketRecord> {
  const fromClient = options.actor.organisationKind === 'client';
  if (fromClient && options.setStatus !== undefined) {
    throw new DomainError('forbidden', 'only the provider sets a status with a reply', 'setStatus');
  }
  return actOnTicket({
    ...options,
    action: 'tickets.reply',
    command: (ticket, now) => {
      assertAcceptsReplies(ticket.status);
      const at = now.getTime();
      const clientWakes = ticket.status === 'waiting_client' || ticket.status === 'resolved';
      const wanted = fromClient ? (clientWakes ? 'open' : undefined) : options.setStatus;
      const from = ticket.status === 'new' && !fromClient ? 'open' : ticket.status;
      const status = wanted && wanted !== from ? transition(from, wanted) : from;
      const event: TicketEvent = fromClient
        ? { type: 'client_replied', at, ...(wanted ? { setsStatus: wanted } : {}) }
        : {
            type: 'provider_replied',
            at,
            automatic: options.automatic,
            ...(wanted ? { setsStatus: wanted } : {}),
          };
      return {
        events: [event],
        message: {
          authorId: options.actor.userId,
          visibility: 'public',
          automatic: options.automatic,
          body: options.body,
          attachments: [...(options.attachments ?? [])],
          createdAt: now,
          ...(options.mailId ? { mailId: options.mailId } : {}),
        },
        changes: { status },
      };
    },
  });
}
