import { type Kysely, sql } from 'kysely';

/**
 * Quotes and implementation projects (seeds 002 and 003). Each keeps its domain value whole in
 * `record` (amounts as exact decimal strings) beside the columns it is found by: the contract,
 * the ticket a quote comes from, the quote a project comes from (one project per quote).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quotes')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('ticket_id', 'uuid')
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quotes_contract').on('quotes').columns(['contract_id']).execute();
  await sql`create index quotes_ticket on quotes (ticket_id) where ticket_id is not null`.execute(
    db,
  );

  await db.schema
    .createTable('projects')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('quote_id', 'uuid', (c) => c.unique().references('quotes.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('projects_contract')
    .on('projects')
    .columns(['contract_id'])
    .execute();
}

/** Drops the quotes and projects tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('projects').execute();
  await db.schema.dropTable('quotes').execute();
}
