import type { z } from 'zod';
import type { MailSummary, OutgoingRecord } from '../../../app/mail/index.js';
import { taggedSubject } from '../../../domain/mail/address.js';
import type { Fate } from '../../../domain/mail/fate.js';
import type { fateView, outgoingView, receivedView } from './schema.js';

/** Serialises a received message. */
export function presentReceived(mail: MailSummary): z.infer<typeof receivedView> {
  return {
    id: mail.id,
    receivedAt: mail.receivedAt.toISOString(),
    source: mail.source,
    size: mail.size,
    messageId: mail.messageId,
    from: mail.fromAddress,
    subject: mail.subject,
    text: mail.text,
    fate: mail.fate ?? 'pending',
    reason: mail.reason,
    ticketId: mail.ticketId,
    processedAt: mail.processedAt?.toISOString() ?? null,
    attempts: mail.attempts,
    lastError: mail.lastError,
    attachments: mail.attachments,
  };
}

/** Serialises a fate. */
export function presentFate(fate: Fate): z.infer<typeof fateView> {
  return {
    fate: fate.fate,
    reason: 'reason' in fate ? fate.reason : null,
    ticketId: 'ticketId' in fate ? fate.ticketId : null,
  };
}

/** Serialises a message Pacta sent or holds (the HTML stays out: the viewer shows the text). */
export function presentOutgoing(mail: OutgoingRecord): z.infer<typeof outgoingView> {
  return {
    id: mail.id,
    messageId: mail.messageId,
    ticketId: mail.ticketId,
    to: mail.toAddress,
    toName: mail.toName,
    language: mail.language,
    subject: mail.ticket ? taggedSubject(mail.subject, mail.ticket.number) : mail.subject,
    text: mail.text,
    automatic: mail.automatic,
    status: mail.status,
    attempts: mail.attempts,
    createdAt: mail.createdAt.toISOString(),
    sendAfter: mail.sendAfter.toISOString(),
    sentAt: mail.sentAt?.toISOString() ?? null,
    lastError: mail.lastError,
  };
}
