import { type Kysely, sql } from 'kysely';

/**
 * The compliance report reads criticality and first-response outcome of a contract's tickets in a
 * period: a covering index makes it an index-only scan (bench/desk.ts: 190 → 59 ms a month of
 * 250,000 tickets). It replaces the plain (contract_id, opened_at) index.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index tickets_contract_compliance on tickets (contract_id, opened_at) include (criticality, first_response_outcome)`.execute(
    db,
  );
  await db.schema.dropIndex('tickets_contract').execute();
}

/** Restores the plain index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('tickets_contract')
    .on('tickets')
    .columns(['contract_id', 'opened_at'])
    .execute();
  await db.schema.dropIndex('tickets_contract_compliance').execute();
}
