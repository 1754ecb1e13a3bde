import { type Kysely, sql } from 'kysely';

/** Named business calendars (calendar-format.md), edited by admins and used by contracts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendars')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('spec', 'jsonb', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
}

/** Drops the calendars table (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('calendars').execute();
}
