import { type Kysely, sql } from 'kysely';

/**
 * Each organisation's time zone (an IANA name), in which its people type and read wall times
 * such as a campaign's start (issue 17). An organisation with a retention rule takes the rule's
 * zone; every other starts in Europe/Madrid, and an administrator may change it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('organisations')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Europe/Madrid'))
    .execute();
  await sql`update organisations o set time_zone = r.time_zone
    from retention_rules r where r.organisation_id = o.id`.execute(db);
}

/** Organisations without a zone again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('organisations').dropColumn('time_zone').execute();
}
