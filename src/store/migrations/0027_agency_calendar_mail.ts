import type { Kysely } from 'kysely';

/**
 * Agency calendars for people (issue 15): each user's own secret-token iCalendar feed (the
 * ceremonies they attend and the dates of the contracts they can see), stored hashed and
 * revocable; and files attached to outgoing mail (the `.ics` of a ceremony invitation).
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
  await db.schema
    .alterTable('mail_outgoing')
    .addColumn('attachments', 'jsonb', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

/** Drops the user feeds and the attachments of outgoing mail. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mail_outgoing').dropColumn('attachments').execute();
  await db.schema.dropTable('agency_user_feed_tokens').execute();
}
