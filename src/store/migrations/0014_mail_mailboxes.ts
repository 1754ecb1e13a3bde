import type { Kysely } from 'kysely';

/**
 * The desk's IMAP mailboxes configured in the app: where each is, the password sealed with the
 * installation's secret key, what to do with a message once stored, and how its last poll went.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_mailboxes')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('secure', 'boolean', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('sealed_password', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('after_accept', 'text', (c) => c.notNull())
    .addColumn('move_to', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_polled_at', 'timestamptz')
    .addColumn('last_accepted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .execute();
}

/** Drops the mailboxes (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_mailboxes').execute();
}
