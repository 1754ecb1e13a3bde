import type { Actor } from '../../domain/identity/policy.js';
import { type NoteAudience, noteAudienceOf } from '../../domain/tickets/index.js';
import type { Origin } from '../shared/index.js';
import { actOnTicket, type TicketCommandDeps } from './act-on-ticket.js';
import type { DeskDeps, TicketRecord } from './ports.js';
import { ticketInReach } from './ticket-in-reach.js';

/**
 * A note the client never sees and that never counts as a response: the provider's own
 * (`internal`), or shared with the partner that manages the client (`partner`, always so when a
 * partner writes it — seed 001's first line).
 */
export async function addInternalNote(
  options: TicketCommandDeps &
    Pick<DeskDeps, 'organisations'> & {
      actor: Actor;
      origin: Origin;
      ticketId: string;
      body: string;
      audience?: NoteAudience | undefined;
    },
): Promise<TicketRecord> {
  const found = await ticketInReach({ ...options, action: 'tickets.work' });
  const client = await options.organisations.findById(found.clientId);
  const audience = noteAudienceOf(options.actor.organisationKind, options.audience, {
    partnerId: client?.partnerId ?? null,
  });
  return actOnTicket({
    ...options,
    action: 'tickets.work',
    command: (_ticket, now) => ({
      events: [{ type: 'internal_note', at: now.getTime(), audience }],
      message: {
        authorId: options.actor.userId,
        visibility: audience,
        automatic: false,
        body: options.body,
        attachments: [],
        createdAt: now,
      },
      changes: {},
    }),
  });
}
