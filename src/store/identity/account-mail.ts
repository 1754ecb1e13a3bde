import type { AccountMail, AccountMailQueue } from '../../app/identity/index.js';
import type { OutgoingRecord } from '../../app/mail/index.js';
import type { Db } from '../database.js';
import { outgoingRepository } from '../mail/outgoing.js';

/** Account mail as the outgoing queue keeps it: a personal message, no ticket, sent at once. */
export function asOutgoing(
  mail: AccountMail,
): Omit<OutgoingRecord, 'attempts' | 'sentAt' | 'lastError' | 'status'> {
  return {
    ...mail,
    ticketId: null,
    ticket: null,
    automatic: false,
    inReplyTo: null,
    replyTo: null,
    attachments: [],
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
