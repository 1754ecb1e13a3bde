import type { Kysely } from 'kysely';

/**
 * Bounces that come back by mail for campaign messages (issue 17): at most one per message, with
 * the received report it came from; and the index the report's returned Message-ID is looked up
 * by in `mail_outgoing`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('campaign_bounces')
    .addColumn('message_id', 'uuid', (c) => c.primaryKey().references('campaign_messages.id'))
    .addColumn('mail_id', 'uuid', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mail_outgoing_message_id')
    .on('mail_outgoing')
    .column('message_id')
    .execute();
}

/** Drops the bounces and the index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('mail_outgoing_message_id').execute();
  await db.schema.dropTable('campaign_bounces').execute();
}
