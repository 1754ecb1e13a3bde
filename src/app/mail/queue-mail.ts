/** Queuing one notice about a ticket for one person: what every mail notice handler ends with. */
import type { TicketRecord } from '../desk/index.js';
import type { RecordedEvent } from '../shared/index.js';
import type { MailDeps, Notice } from './ports.js';

/** Someone a notice is mailed to. */
export interface Recipient {
  email: string;
  name: string;
  locale: 'es' | 'en';
}

/**
 * Queues one notice about a ticket to one person, in their language, at most once per event and
 * handler, to be sent from `sendAt` (epoch ms).
 */
export async function queueMail(
  options: MailDeps,
  input: {
    handler: string;
    event: RecordedEvent;
    ticket: TicketRecord;
    to: Recipient;
    notice: Notice;
    automatic: boolean;
    sendAt: number;
  },
): Promise<void> {
  const { ticket, to } = input;
  const rendered = options.render(input.notice, to.locale);
  const token = options.ids.newId().replaceAll('-', '');
  const messageId = `${options.ids.newId()}@${options.settings.messageIdDomain}`;
  await options.transact(async (tx) => {
    const ticketToken = await tx.mailThreads.ensureToken(ticket.id, token);
    const queued = await tx.outgoingMail.enqueue({
      id: options.ids.newId(),
      dedupeKey: `${input.handler}:${input.event.id}`,
      messageId,
      ticketId: ticket.id,
      ticket: { number: Number(ticket.number), token: ticketToken },
      toAddress: to.email,
      toName: to.name,
      language: to.locale,
      ...rendered,
      automatic: input.automatic,
      inReplyTo: null,
      attachments: [],
      createdAt: options.clock.now(),
      sendAfter: new Date(input.sendAt),
    });
    if (queued) await tx.mailThreads.rememberMessageId(messageId, ticket.id);
  });
}

/** The ticket, or an error: an event names a ticket that exists. */
export async function ticketOf(options: MailDeps, ticketId: string): Promise<TicketRecord> {
  const ticket = await options.desk.tickets.find(ticketId);
  if (!ticket) throw new Error(`ticket ${ticketId} is missing`);
  return ticket;
}
