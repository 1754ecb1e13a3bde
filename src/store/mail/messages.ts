import { type Selectable, sql } from 'kysely';
import type {
  MailAttachmentMeta,
  MailMessageRepository,
  MailSummary,
  ReceivedEnvelope,
  StoredMail,
} from '../../app/mail/index.js';
import type { FateReason, MailFate } from '../../domain/mail/fate.js';
import type { Db } from '../database.js';
import type { MailMessagesTable } from '../schema.js';

type SummaryRow = Omit<Selectable<MailMessagesTable>, 'raw' | 'envelope'>;

function toSummaryFields(row: SummaryRow): Omit<MailSummary, 'attachments' | 'source'> {
  return {
    id: row.id,
    receivedAt: row.received_at,
    size: row.size,
    digest: row.digest,
    messageId: row.message_id,
    fromAddress: row.from_address,
    subject: row.subject,
    text: row.text,
    html: row.html,
    fate: row.fate as MailFate | null,
    reason: row.reason as FateReason | null,
    ticketId: row.ticket_id,
    processedAt: row.processed_at,
    attempts: row.attempts,
    lastError: row.last_error,
  };
}

function toStored(row: Selectable<MailMessagesTable>): StoredMail {
  return {
    ...toSummaryFields(row),
    envelope: row.envelope as unknown as ReceivedEnvelope,
    raw: row.raw,
  };
}

const summaryColumns = [
  'id',
  'received_at',
  'source',
  'size',
  'digest',
  'message_id',
  'from_address',
  'subject',
  'text',
  'html',
  'fate',
  'reason',
  'ticket_id',
  'processed_at',
  'attempts',
  'last_error',
] as const;

/** Received messages in PostgreSQL: raw bytes, fate, attachments. */
export function mailMessageRepository(db: Db): MailMessageRepository {
  const attachmentsOf = async (mailIds: readonly string[]) => {
    if (mailIds.length === 0) return new Map<string, MailAttachmentMeta[]>();
    const rows = await db
      .selectFrom('mail_attachments')
      .select(['id', 'mail_id', 'filename', 'content_type', 'inline', 'size'])
      .where('mail_id', 'in', mailIds)
      .orderBy('filename')
      .execute();
    const byMail = new Map<string, MailAttachmentMeta[]>();
    for (const row of rows) {
      const list = byMail.get(row.mail_id) ?? [];
      list.push({
        id: row.id,
        filename: row.filename,
        contentType: row.content_type,
        inline: row.inline,
        size: row.size,
      });
      byMail.set(row.mail_id, list);
    }
    return byMail;
  };
  return {
    async insert(mail) {
      const inserted = await db
        .insertInto('mail_messages')
        .values({
          id: mail.id,
          received_at: mail.receivedAt,
          source: mail.envelope.source,
          envelope: JSON.stringify(mail.envelope),
          raw: mail.raw,
          size: mail.size,
          digest: mail.digest,
          message_id: mail.messageId,
        })
        .onConflict((oc) => oc.columns(['message_id', 'digest']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) return { id: inserted.id, inserted: true };
      const existing = await db
        .selectFrom('mail_messages')
        .select('id')
        .where('message_id', '=', mail.messageId)
        .where('digest', '=', mail.digest)
        .executeTakeFirstOrThrow();
      return { id: existing.id, inserted: false };
    },
    async find(id) {
      const row = await db
        .selectFrom('mail_messages')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toStored(row);
    },
    async pending(limit, maxAttempts) {
      const rows = await db
        .selectFrom('mail_messages')
        .select(['id', 'message_id'])
        .where('fate', 'is', null)
        .where('attempts', '<', maxAttempts)
        .orderBy('received_at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ id: row.id, messageId: row.message_id }));
    },
    async handledCopy(messageId, exceptId) {
      const row = await db
        .selectFrom('mail_messages')
        .select('id')
        .where('message_id', '=', messageId)
        .where('id', '!=', exceptId)
        .where('fate', 'is not', null)
        .where('reason', 'is distinct from', 'duplicate')
        .executeTakeFirst();
      return row?.id;
    },
    async recordOutcome(id, outcome, expected) {
      const saved = await db
        .updateTable('mail_messages')
        .set({
          fate: outcome.fate,
          reason: outcome.reason,
          ticket_id: outcome.ticketId,
          from_address: outcome.fromAddress,
          subject: outcome.subject,
          text: outcome.text,
          html: outcome.html,
          processed_at: outcome.processedAt,
          last_error: null,
        })
        .where('id', '=', id)
        .where('fate', 'is not distinct from', expected)
        .returning('message_id')
        .executeTakeFirst();
      if (!saved) return undefined;
      if (expected !== null) {
        await db
          .updateTable('mail_attachments')
          .set({ ticket_id: outcome.ticketId })
          .where('mail_id', '=', id)
          .execute();
      }
      return { messageId: saved.message_id };
    },
    async recordFailure(id, error) {
      await db
        .updateTable('mail_messages')
        .set({ attempts: sql`attempts + 1`, last_error: error.slice(0, 2000) })
        .where('id', '=', id)
        .execute();
    },
    async addAttachments(mailId, attachments) {
      if (attachments.length === 0) return;
      await db
        .insertInto('mail_attachments')
        .values(
          attachments.map((a) => ({
            id: a.id,
            mail_id: mailId,
            ticket_id: db.selectFrom('mail_messages').select('ticket_id').where('id', '=', mailId),
            filename: a.filename,
            content_type: a.contentType,
            inline: a.inline,
            size: a.size,
            content: a.content,
          })),
        )
        .execute();
    },
    async attachment(id) {
      const row = await db
        .selectFrom('mail_attachments')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return (
        row && {
          id: row.id,
          mailId: row.mail_id,
          filename: row.filename,
          contentType: row.content_type,
          inline: row.inline,
          size: row.size,
          content: row.content,
        }
      );
    },
    async attachmentsOf(mailId) {
      return (await attachmentsOf([mailId])).get(mailId) ?? [];
    },
    async list(filter) {
      let query = db.selectFrom('mail_messages').select(summaryColumns);
      if (filter.fate === 'pending') query = query.where('fate', 'is', null);
      else if (filter.fate) query = query.where('fate', '=', filter.fate);
      if (filter.reason) query = query.where('reason', '=', filter.reason);
      if (filter.ticketId) query = query.where('ticket_id', '=', filter.ticketId);
      const { before } = filter;
      if (before) {
        query = query.where((eb) =>
          eb.or([
            eb('received_at', '<', before.receivedAt),
            eb.and([eb('received_at', '=', before.receivedAt), eb('id', '<', before.id)]),
          ]),
        );
      }
      const rows = await query
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.limit)
        .execute();
      const attachments = await attachmentsOf(rows.map((row) => row.id));
      return rows.map(
        (row): MailSummary => ({
          ...toSummaryFields(row),
          source: row.source as MailSummary['source'],
          attachments: attachments.get(row.id) ?? [],
        }),
      );
    },
  };
}
