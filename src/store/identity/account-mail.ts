import type { AccountMail, AccountMailQueue } from '../../app/identity/index.js';
import type { OutgoingFile, OutgoingRecord } from '../../app/mail/index.js';
import type { Db } from '../database.js';
import { outgoingRepository } from '../mail/outgoing.js';

/**
 * Personal mail (account mail, ceremony invitations) as the outgoing queue keeps it: no ticket,
 * sent at once, with its files if it has any.
 */
export function asOutgoing(
  mail: AccountMail & { attachments?: readonly OutgoingFile[] },
): Omit<OutgoingRecord, 'attempts' | 'sentAt' | 'lastError' | 'status'> {
  return {
    ...mail,
    attachments: (mail.attachments ?? []).map((file) => ({ kind: 'file', ...file })),
    ticketId: null,
    ticket: null,
    automatic: false,
    inReplyTo: null,
    replyTo: null,
    sendAfter: mail.createdAt,
  };
}

/** Account mail joins the outgoing queue of the mail module. */
export function accountMailQueue(db: Db): AccountMailQueue {
  const outgoing = outgoingRepository(db);
  return {
    async enqueue(mail) {
      await outgoing.enqueue(asOutgoing(mail));
    },
  };
}
