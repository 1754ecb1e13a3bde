import { type Kysely, sql } from 'kysely';

/**
 * Accounts that hold: password-reset links (stored as digests, single use, expiring) and web
 * sessions their owner can list and end (an id, when last used, from which browser and address).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('used_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('password_resets_user')
    .on('password_resets')
    .column('user_id')
    .execute();

  await db.schema
    .alterTable('sessions')
    .addColumn('id', 'uuid', (c) => c.notNull().unique().defaultTo(sql`gen_random_uuid()`))
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
}

/** Drops what `up` added (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('sessions_user').execute();
  await db.schema
    .alterTable('sessions')
    .dropColumn('id')
    .dropColumn('last_used_at')
    .dropColumn('user_agent')
    .dropColumn('ip')
    .execute();
  await db.schema.dropTable('password_resets').execute();
}
