import { type Selectable, sql } from 'kysely';
import type {
  AttachmentRef,
  OutgoingRecord,
  OutgoingRepository,
  OutgoingStatus,
} from '../../app/mail/index.js';
import type { Db } from '../database.js';
import type { MailOutgoingTable } from '../schema.js';

function toRecord(row: Selectable<MailOutgoingTable>): OutgoingRecord {
  return {
    id: row.id,
    dedupeKey: row.dedupe_key,
    messageId: row.message_id,
    ticketId: row.ticket_id,
    ticket:
      row.ticket_number !== null && row.ticket_token !== null
        ? { number: row.ticket_number, token: row.ticket_token }
        : null,
    toAddress: row.to_address,
    toName: row.to_name,
    language: row.language === 'en' ? 'en' : 'es',
    subject: row.subject,
    text: row.text,
    html: row.html,
    automatic: row.automatic,
    inReplyTo: row.in_reply_to,
    replyTo: row.reply_to,
    attachments: row.attachments as AttachmentRef[],
    status: row.status as OutgoingStatus,
    attempts: row.attempts,
    createdAt: row.created_at,
    sendAfter: row.send_after,
    sentAt: row.sent_at,
    lastError: row.last_error,
  };
}

type NewOutgoing = Parameters<OutgoingRepository['enqueue']>[0];
/** Rows a single insert carries (24 parameters each, well under PostgreSQL's 65,535). */
const chunk = 500;

/** Inserts messages in chunks, skipping dedupe keys already queued; the ids inserted. */
async function insertOutgoing(db: Db, mails: readonly NewOutgoing[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < mails.length; start += chunk) {
    const rows = await db
      .insertInto('mail_outgoing')
      .values(
        mails.slice(start, start + chunk).map((mail) => ({
          id: mail.id,
          dedupe_key: mail.dedupeKey,
          message_id: mail.messageId,
          ticket_id: mail.ticketId,
          ticket_number: mail.ticket?.number ?? null,
          ticket_token: mail.ticket?.token ?? null,
          to_address: mail.toAddress,
          to_name: mail.toName,
          language: mail.language,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
          automatic: mail.automatic,
          in_reply_to: mail.inReplyTo,
          reply_to: mail.replyTo,
          attachments: JSON.stringify(mail.attachments),
          status: 'queued',
          created_at: mail.createdAt,
          send_after: mail.sendAfter,
        })),
      )
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .returning('id')
      .execute();
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}

/** Mail to send, in PostgreSQL: claimed with row locks so two senders never take the same one. */
export function outgoingRepository(db: Db): OutgoingRepository {
  return {
    async enqueue(mail) {
      return (await insertOutgoing(db, [mail])).length > 0;
    },
    enqueueMany: (mails) => insertOutgoing(db, mails),
    async claim(now, staleBefore, limit) {
      const due = db
        .selectFrom('mail_outgoing')
        .select('id')
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'queued'), eb('send_after', '<=', now)]),
            eb.and([eb('status', '=', 'sending'), eb('send_after', '<', staleBefore)]),
          ]),
        )
        .orderBy('send_after')
        .limit(limit)
        .forUpdate()
        .skipLocked();
      const rows = await db
        .updateTable('mail_outgoing')
        .set({ status: 'sending', attempts: sql`attempts + 1`, send_after: now })
        .where('id', 'in', due)
        .returningAll()
        .execute();
      return rows.map(toRecord).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    },
    async settle(id, change) {
      await db
        .updateTable('mail_outgoing')
        .set({
          status: change.status,
          ...(change.sentAt ? { sent_at: change.sentAt } : {}),
          ...(change.sendAfter ? { send_after: change.sendAfter } : {}),
          ...(change.lastError !== undefined ? { last_error: change.lastError } : {}),
        })
        .where('id', '=', id)
        .execute();
    },
    async automaticSentTo(address, since) {
      const rows = await db
        .selectFrom('mail_outgoing')
        .select('sent_at')
        .where('to_address', '=', address)
        .where('automatic', '=', true)
        .where('sent_at', '>=', since)
        .execute();
      return rows.flatMap((row) => (row.sent_at ? [row.sent_at] : []));
    },
    async list(filter) {
      let query = db.selectFrom('mail_outgoing').selectAll();
      if (filter.status) query = query.where('status', '=', filter.status);
      const rows = await query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.limit)
        .execute();
      return rows.map(toRecord);
    },
  };
}
