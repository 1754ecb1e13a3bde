import { type Kysely, sql } from 'kysely';

/**
 * What the monitoring and planning reports are built from besides the ledger: the client's
 * platform metrics (one value per contract, metric and day, so a batch sent twice stores
 * nothing twice) and the estimates agents attach to work planned for a month.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('metric_readings')
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('metric', 'text', (c) => c.notNull())
    .addColumn('measured_on', 'text', (c) => c.notNull())
    .addColumn('hundredths', 'bigint', (c) => c.notNull())
    .addColumn('recorded_at', 'timestamptz', (c) => c.notNull())
    .addColumn('recorded_by', 'uuid')
    .addPrimaryKeyConstraint('metric_readings_key', ['contract_id', 'metric', 'measured_on'])
    .execute();
  await db.schema
    .createTable('ticket_estimates')
    .addColumn('ticket_id', 'uuid', (c) => c.primaryKey().references('tickets.id'))
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('planned_for', 'text', (c) => c.notNull())
    .addColumn('estimate_minutes', 'integer', (c) => c.notNull())
    .addColumn('set_at', 'timestamptz', (c) => c.notNull())
    .addColumn('set_by', 'uuid')
    .execute();
  await sql`create index ticket_estimates_by_month on ticket_estimates (contract_id, planned_for)`.execute(
    db,
  );
}

/** Drops the report inputs (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ticket_estimates').execute();
  await db.schema.dropTable('metric_readings').execute();
}
