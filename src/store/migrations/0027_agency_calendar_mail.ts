import type { Kysely } from 'kysely';

/**
 * Agency calendars for people (issue 15): each user's own secret-token iCalendar feed (the
 * ceremonies they attend and the dates of the contracts they can see), stored hashed and
 * revocable. (The `.ics` of a ceremony invitation rides on mail_outgoing.attachments, 0026.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('agency_user_feed_tokens')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('revoked_at', 'timestamptz')
    .execute();
  await db.schema
    .createIndex('agency_user_feed_tokens_user')
    .on('agency_user_feed_tokens')
    .column('user_id')
    .execute();
}

/** Drops the user feeds. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('agency_user_feed_tokens').execute();
}
