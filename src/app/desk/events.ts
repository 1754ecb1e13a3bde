/** Events of the desk module, recorded in the transaction of their change. */
import { z } from 'zod';
import { clockNames } from '../../domain/sla/index.js';
import { ticketStatuses } from '../../domain/tickets/status.js';
import { channels, criticalities } from '../../domain/tickets/vocabulary.js';
import { defineEvent } from '../shared/index.js';

/** A request was opened on a contract. */
export const ticketOpened = defineEvent(
  'ticket.opened',
  z.object({
    ticketId: z.string(),
    contractId: z.string(),
    clientId: z.string(),
    requesterId: z.string(),
    channel: z.enum(channels),
    criticality: z.enum(criticalities),
    subject: z.string(),
  }),
);

/** A public reply was added, by the provider's side or by the client's. */
export const ticketReplied = defineEvent(
  'ticket.replied',
  z.object({
    ticketId: z.string(),
    messageId: z.string(),
    authorId: z.string().nullable(),
    from: z.enum(['provider', 'client']),
    automatic: z.boolean(),
  }),
);

/** A ticket moved along the status machine. */
export const ticketStatusChanged = defineEvent(
  'ticket.status_changed',
  z.object({ ticketId: z.string(), from: z.enum(ticketStatuses), to: z.enum(ticketStatuses) }),
);

const slaNotice = z.object({
  ticketId: z.string(),
  clock: z.enum(clockNames),
  moment: z.iso.datetime(),
});

/** A clock passed 75 % of its target (recorded once per ticket and clock). */
export const slaAtRisk = defineEvent('ticket.sla_at_risk', slaNotice);

/** A clock missed its target (recorded once per ticket and clock). */
export const slaBreached = defineEvent('ticket.sla_breached', slaNotice);
