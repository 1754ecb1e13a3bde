import { type Kysely, sql } from 'kysely';

/**
 * The anonymisation log in the database (issue 17): one numbered line per anonymised contact,
 * written in the anonymisation's transaction and mirrored to a file outside the database, from
 * which the anonymisations made after a backup are re-applied once it is restored. No personal
 * data: ids, the pseudonym, when, who asked and on what basis.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('anonymisation_log')
    .addColumn('sequence', 'integer', (c) => c.primaryKey())
    .addColumn('contact_id', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text')
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('basis', 'text', (c) => c.notNull().check(sql`basis in ('request', 'retention')`))
    .execute();
}

/** No log in the database again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('anonymisation_log').execute();
}
