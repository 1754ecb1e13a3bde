import { type Kysely, sql } from 'kysely';

/**
 * The agency module (seed 004): a contract's agile set-up and the people on the account, and
 * its ceremonies, activities, deliverables, impasse facts, impasses and calendar-feed tokens.
 * Each record keeps its domain value whole in `record` (instants as epoch ms) beside the
 * columns it is queried or located by.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const contractId = 'contract_id';
  await db.schema
    .createTable('agency_accounts')
    .addColumn(contractId, 'uuid', (c) => c.primaryKey().references('contracts.id'))
    .addColumn('operation_start', 'date', (c) => c.notNull())
    .addColumn('sprint_business_days', 'integer', (c) => c.notNull())
    .addColumn('preferred_time', 'text', (c) => c.notNull())
    .addColumn('paid_media', 'boolean', (c) => c.notNull())
    .addColumn('checklist', 'jsonb', (c) => c.notNull())
    .addColumn('configured_by', 'uuid')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('agency_people')
    .addColumn(contractId, 'uuid', (c) => c.notNull().references('agency_accounts.contract_id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('side', 'text', (c) => c.notNull().check(sql`side in ('agency', 'client')`))
    .addColumn('role', 'text', (c) =>
      c.notNull().check(sql`role in ('sponsor', 'decision_maker', 'strategist', 'member')`),
    )
    .addColumn('availability_percent', 'integer', (c) =>
      c.notNull().check(sql`availability_percent between 0 and 100`),
    )
    .addPrimaryKeyConstraint('agency_people_pk', [contractId, 'user_id'])
    .execute();

  // Each record table: the instant it is ordered by, and the person it belongs to (if any).
  const records = [
    ['agency_ceremonies', 'starts_at', null],
    ['agency_activities', 'suggested_at', 'suggested_by'],
    ['agency_deliverables', 'due_at', 'owned_by'],
    ['agency_facts', 'at', 'recorded_by'],
    ['agency_impasses', 'declared_at', 'declared_by'],
  ] as const;
  for (const [table, instant, person] of records) {
    const create = db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn(contractId, 'uuid', (c) => c.notNull().references('agency_accounts.contract_id'))
      .addColumn(instant, 'timestamptz', (c) => c.notNull())
      .addColumn('record', 'jsonb', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, [contractId, 'id']);
    await (person === null ? create : create.addColumn(person, 'uuid')).execute();
  }

  await db.schema
    .createTable('agency_feed_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn(contractId, 'uuid', (c) => c.notNull().references('agency_accounts.contract_id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
}

/** Drops the agency module's tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'agency_feed_tokens',
    'agency_impasses',
    'agency_facts',
    'agency_deliverables',
    'agency_activities',
    'agency_ceremonies',
    'agency_people',
    'agency_accounts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
