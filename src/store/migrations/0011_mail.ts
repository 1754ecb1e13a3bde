import { type Kysely, sql } from 'kysely';

/**
 * Mail, the official channel: every received message kept raw with its fate, its attachments,
 * the token that threads each ticket's mail, the Message-IDs of a ticket's mail, and the mail
 * Pacta sends (kept here until sent, or for the mail viewer when no SMTP server is configured).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('envelope', 'jsonb', (c) => c.notNull())
    .addColumn('raw', 'bytea', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('digest', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text')
    .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('html', 'text')
    .addColumn('fate', 'text')
    .addColumn('reason', 'text')
    .addColumn('ticket_id', 'uuid', (c) => c.references('tickets.id'))
    .addColumn('processed_at', 'timestamptz')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addUniqueConstraint('mail_messages_message_digest', ['message_id', 'digest'])
    .execute();
  await sql`create index mail_messages_pending on mail_messages (received_at) where fate is null`.execute(
    db,
  );
  await sql`create index mail_messages_listed on mail_messages (received_at desc, id desc)`.execute(
    db,
  );

  await db.schema
    .createTable('mail_attachments')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('mail_id', 'uuid', (c) => c.notNull().references('mail_messages.id'))
    .addColumn('ticket_id', 'uuid', (c) => c.references('tickets.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('inline', 'boolean', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .execute();
  await sql`create index mail_attachments_mail on mail_attachments (mail_id)`.execute(db);

  await db.schema
    .createTable('mail_threads')
    .addColumn('ticket_id', 'uuid', (c) => c.primaryKey().references('tickets.id'))
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .execute();

  await db.schema
    .createTable('mail_thread_ids')
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'uuid', (c) => c.notNull().references('tickets.id'))
    .execute();

  await db.schema
    .createTable('mail_outgoing')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'uuid', (c) => c.references('tickets.id'))
    .addColumn('ticket_number', 'integer')
    .addColumn('ticket_token', 'text')
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('to_name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('html', 'text', (c) => c.notNull())
    .addColumn('automatic', 'boolean', (c) => c.notNull())
    .addColumn('in_reply_to', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('send_after', 'timestamptz', (c) => c.notNull())
    .addColumn('sent_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .execute();
  await sql`create index mail_outgoing_due on mail_outgoing (send_after) where status = 'queued'`.execute(
    db,
  );
  await sql`create index mail_outgoing_recipient on mail_outgoing (to_address, sent_at)`.execute(
    db,
  );
}

/** Drops the mail tables (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'mail_outgoing',
    'mail_thread_ids',
    'mail_threads',
    'mail_attachments',
    'mail_messages',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
