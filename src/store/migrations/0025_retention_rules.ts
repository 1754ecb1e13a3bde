import { type Kysely, sql } from 'kysely';

/**
 * Retention rules per organisation (seed 003 "Gestión RGPD"): anonymise the contacts of closed
 * tickets N months after the last one closed, counted in the rule's time zone; a daily job runs them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retention_rules')
    .addColumn('organisation_id', 'uuid', (c) => c.primaryKey().references('organisations.id'))
    .addColumn('anonymise_after_months', 'integer', (c) =>
      c.notNull().check(sql`anonymise_after_months between 1 and 120`),
    )
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
}
