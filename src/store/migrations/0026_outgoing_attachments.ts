import { type Kysely, sql } from 'kysely';

/**
 * Attachments of the mail Pacta sends: each queued message lists the documents it carries by
 * reference (an issued report, immutable once archived), rendered in the message's language when
 * the message is sent, so the queue never holds a second copy of a report's bytes. And the
 * account manager's recommendations for a monitoring window, written before the report is issued
 * (the issue copies them into its snapshot).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table mail_outgoing add column attachments jsonb not null default '[]'::jsonb`.execute(
    db,
  );
  await db.schema
    .createTable('monitoring_recommendations')
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('set_at', 'timestamptz', (c) => c.notNull())
    .addColumn('set_by', 'uuid')
    .addPrimaryKeyConstraint('monitoring_recommendations_key', ['contract_id', 'window_start'])
    .execute();
}

/** Drops the attachments (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('monitoring_recommendations').execute();
  await sql`alter table mail_outgoing drop column attachments`.execute(db);
}
