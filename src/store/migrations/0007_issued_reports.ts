import { type Kysely, sql } from 'kysely';

/**
 * The archive of issued reports: one row per version, never updated or deleted (a trigger
 * refuses both), so what was sent stays what it was.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('issued_reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('client_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_last_day', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('replaces_id', 'uuid', (c) => c.references('issued_reports.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'timestamptz', (c) => c.notNull())
    .addColumn('issued_by', 'uuid')
    .addColumn('model', 'jsonb', (c) => c.notNull())
    .addColumn('contract_name', 'text', (c) => c.notNull())
    .addColumn('client_name', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addUniqueConstraint('issued_reports_version', [
      'contract_id',
      'kind',
      'period_start',
      'version',
    ])
    .execute();
  await sql`create index issued_reports_by_contract on issued_reports (contract_id, issued_at desc)`.execute(
    db,
  );
  await sql`create function issued_reports_immutable() returns trigger language plpgsql as $$
    begin raise exception 'issued reports are immutable'; end $$`.execute(db);
  await sql`create trigger issued_reports_immutable before update or delete on issued_reports
    for each row execute function issued_reports_immutable()`.execute(db);
}

/** Drops the archive (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('issued_reports').execute();
  await sql`drop function issued_reports_immutable()`.execute(db);
}
