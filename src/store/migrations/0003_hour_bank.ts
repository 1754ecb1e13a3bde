import { type Kysely, sql } from 'kysely';

/** Plans, contracts with their amendments, the append-only hour-bank ledger and the work log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('plans')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('preset_id', 'text')
    .addColumn('params', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('contracts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('plan_id', 'uuid', (c) => c.references('plans.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_date', 'date', (c) => c.notNull())
    .addColumn('end_date', 'date')
    .addColumn('plan', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contracts_client').on('contracts').column('client_id').execute();

  await db.schema
    .createTable('contract_amendments')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .execute();
  await db.schema
    .createIndex('contract_amendments_contract')
    .on('contract_amendments')
    .column('contract_id')
    .execute();

  await db.schema
    .createTable('ledger_entries')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('on_date', 'date', (c) => c.notNull())
    .addColumn('body', 'jsonb', (c) => c.notNull())
    .addColumn('key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .execute();
  await db.schema
    .createIndex('ledger_entries_contract')
    .on('ledger_entries')
    .columns(['contract_id', 'id'])
    .execute();
  await sql`create unique index ledger_entries_key on ledger_entries (contract_id, key) where key is not null`.execute(
    db,
  );

  await db.schema
    .createTable('work_log')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('ticket_ref', 'text', (c) => c.notNull())
    .addColumn('conversation_ref', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('on_date', 'date', (c) => c.notNull())
    .addColumn('worked_minutes', 'integer', (c) => c.notNull())
    .addColumn('charged_minutes', 'integer', (c) => c.notNull())
    .addColumn('first_contact', 'boolean', (c) => c.notNull())
    .addColumn('reasons', 'jsonb', (c) => c.notNull())
    .addColumn('quote_required', 'boolean', (c) => c.notNull())
    .addColumn('ledger_entry_id', 'bigint', (c) => c.references('ledger_entries.id'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid')
    .execute();
  await db.schema
    .createIndex('work_log_ticket')
    .on('work_log')
    .columns(['contract_id', 'ticket_ref'])
    .execute();
}

/** Drops the hour-bank tables (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['work_log', 'ledger_entries', 'contract_amendments', 'contracts', 'plans']) {
    await db.schema.dropTable(table).execute();
  }
}
