import { type Kysely, sql } from 'kysely';

/**
 * The transactional outbox (events and their per-handler deliveries), and an audit log that
 * records changes made outside HTTP too: `via` says through which door, and `outcome` (an HTTP
 * status) is empty for the command line and jobs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('seq', 'bigserial', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('claimed_until', 'timestamptz')
    .addColumn('dispatched_at', 'timestamptz')
    .addColumn('failed_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .execute();
  await sql`create index outbox_events_pending on outbox_events (next_attempt_at, seq)
    where dispatched_at is null and failed_at is null`.execute(db);

  await db.schema
    .createTable('outbox_deliveries')
    .addColumn('event_id', 'uuid', (c) => c.notNull().references('outbox_events.id'))
    .addColumn('handler', 'text', (c) => c.notNull())
    .addColumn('delivered_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('outbox_deliveries_pk', ['event_id', 'handler'])
    .execute();

  await db.schema
    .alterTable('audit_log')
    .addColumn('via', 'text', (c) => c.notNull().defaultTo('http'))
    .execute();
  await db.schema
    .alterTable('audit_log')
    .alterColumn('outcome', (c) => c.dropNotNull())
    .execute();
}

/** Drops the outbox and restores the HTTP-only audit log (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox_deliveries').execute();
  await db.schema.dropTable('outbox_events').execute();
  await db.schema.alterTable('audit_log').dropColumn('via').execute();
}
