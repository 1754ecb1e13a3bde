import { type Kysely, sql } from 'kysely';

/**
 * Campaigns (issue 17, seed 003): a campaign's segments and versions as JSON, its throttled
 * schedule and the cursor a send resumes from; one row per recipient's message (unique per
 * campaign and contact, so a resumed send never queues anyone twice) pointing at its mail in
 * `mail_outgoing`; the opens and clicks the tracking routes record.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('default_language', 'text', (c) => c.notNull())
    .addColumn('segments', 'jsonb', (c) => c.notNull())
    .addColumn('versions', 'jsonb', (c) => c.notNull())
    .addColumn('links', 'jsonb', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('draft', 'scheduled', 'sending', 'sent', 'cancelled')`),
    )
    .addColumn('per_minute', 'integer', (c) => c.notNull())
    .addColumn('start_at', 'timestamptz')
    .addColumn('next_batch_at', 'timestamptz')
    .addColumn('sender_user_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await db.schema
    .createTable('campaign_messages')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('campaign_id', 'uuid', (c) => c.notNull().references('campaigns.id'))
    .addColumn('contact_id', 'uuid', (c) => c.notNull().references('contacts.id'))
    .addColumn('outgoing_id', 'uuid', (c) => c.notNull().references('mail_outgoing.id'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('version_key', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('campaign_messages_recipient', ['campaign_id', 'contact_id'])
    .execute();
  await db.schema
    .createIndex('campaign_messages_contact')
    .on('campaign_messages')
    .column('contact_id')
    .execute();
  await db.schema
    .createTable('campaign_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('message_id', 'uuid', (c) => c.notNull().references('campaign_messages.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('opened', 'clicked')`))
    .addColumn('link', 'integer')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('campaign_events_message')
    .on('campaign_events')
    .column('message_id')
    .execute();
}

/** Drops the campaigns. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('campaign_events').execute();
  await db.schema.dropTable('campaign_messages').execute();
  await db.schema.dropTable('campaigns').execute();
}
