import { type Kysely, sql } from 'kysely';

/**
 * Checkpoints of the hour bank's replay (issue 18 #16): one row per closed period of a contract,
 * written in the transaction that closes it, holding the bank's state where the period ends, so a
 * balance reads only the entries dated from the latest checkpoint on (an index by day finds
 * them). A checkpoint is final because a closed period is; the database holds both to it: a
 * ledger entry dated before one of its contract's checkpoints is refused, and neither ledger
 * entries nor checkpoints are ever updated or deleted.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ledger_checkpoints')
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('period_index', 'integer', (c) => c.notNull())
    .addColumn('from_date', 'date', (c) => c.notNull())
    .addColumn('state', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('ledger_checkpoints_pkey', ['contract_id', 'period_index'])
    .execute();
  await sql`create unique index ledger_checkpoints_from on ledger_checkpoints (contract_id, from_date)`.execute(
    db,
  );
  await sql`create index ledger_entries_contract_day on ledger_entries (contract_id, on_date)`.execute(
    db,
  );
  await sql`create function ledger_entries_after_checkpoints() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from ledger_checkpoints
                 where contract_id = new.contract_id and from_date > new.on_date) then
        raise exception 'ledger entry dated % falls in a closed period of contract %',
          new.on_date, new.contract_id using errcode = 'check_violation';
      end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger ledger_entries_after_checkpoints before insert on ledger_entries
    for each row execute function ledger_entries_after_checkpoints()`.execute(db);
  await sql`create function hour_bank_append_only() returns trigger language plpgsql as $$
    begin raise exception '% is append-only', tg_table_name; end $$`.execute(db);
  for (const table of ['ledger_entries', 'ledger_checkpoints']) {
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)}
      for each row execute function hour_bank_append_only()`.execute(db);
  }
}

/** Drops the checkpoints, the index by day and the guards (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger ledger_entries_append_only on ledger_entries`.execute(db);
  await sql`drop trigger ledger_entries_after_checkpoints on ledger_entries`.execute(db);
  await db.schema.dropTable('ledger_checkpoints').execute();
  await sql`drop function hour_bank_append_only()`.execute(db);
  await sql`drop function ledger_entries_after_checkpoints()`.execute(db);
  await db.schema.dropIndex('ledger_entries_contract_day').execute();
}
