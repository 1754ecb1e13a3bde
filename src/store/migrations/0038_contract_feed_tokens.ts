import { type Kysely, sql } from 'kysely';

/**
 * A contract's calendar feed belongs to the contract, agency set-up or not (issue 17: customer
 * success's meetings are in every contract's feed): the feed tokens' table becomes
 * `contract_feed_tokens`, referencing the contract itself. The rows are kept as they are, so
 * every URL already handed out keeps working.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('agency_feed_tokens').renameTo('contract_feed_tokens').execute();
  await db.schema
    .alterTable('contract_feed_tokens')
    .dropConstraint('agency_feed_tokens_contract_id_fkey')
    .execute();
  await db.schema
    .alterTable('contract_feed_tokens')
    .addForeignKeyConstraint(
      'contract_feed_tokens_contract_id_fkey',
      ['contract_id'],
      'contracts',
      ['id'],
    )
    .execute();
}

/** Back to agency-only feed tokens: the tokens of contracts without an agency set-up go. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from contract_feed_tokens t where not exists
    (select 1 from agency_accounts a where a.contract_id = t.contract_id)`.execute(db);
  await db.schema
    .alterTable('contract_feed_tokens')
    .dropConstraint('contract_feed_tokens_contract_id_fkey')
    .execute();
  await db.schema.alterTable('contract_feed_tokens').renameTo('agency_feed_tokens').execute();
  await db.schema
    .alterTable('agency_feed_tokens')
    .addForeignKeyConstraint(
      'agency_feed_tokens_contract_id_fkey',
      ['contract_id'],
      'agency_accounts',
      ['contract_id'],
    )
    .execute();
}
