import type { Kysely } from 'kysely';

/**
 * Addresses suppressed for campaign mail after a hard bounce (a 5.x.x report or an SMTP 5xx
 * refusal) or soft bounces in a row (issue 17): one row an address (lower case), with the
 * contact, why, the status and the campaign it came from; lifting it (an administrator) keeps the
 * row with who and when. The index finds an address's last campaign messages (the soft count).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('campaign_suppressions')
    .addColumn('address', 'text', (c) => c.primaryKey())
    .addColumn('contact_id', 'uuid', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'uuid', (c) => c.notNull().references('campaigns.id'))
    .addColumn('suppressed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('lifted_at', 'timestamptz')
    .addColumn('lifted_by', 'text')
    .execute();
  await db.schema
    .createIndex('campaign_suppressions_contact')
    .on('campaign_suppressions')
    .column('contact_id')
    .execute();
  await db.schema
    .createIndex('campaign_messages_address')
    .on('campaign_messages')
    .columns(['to_address', 'queued_at'])
    .execute();
}

/** Drops the suppressions and the index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('campaign_messages_address').execute();
  await db.schema.dropTable('campaign_suppressions').execute();
}
