import type { Kysely } from 'kysely';

/**
 * The updates section's mail (seed 001: "Mantenerte al día sobre las nuevas funciones"): which
 * subscribed contact was told of which update, in which translation — at most once per update
 * (translation group) and contact, however often its translations are published.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('update_announcements')
    .addColumn('translation_group', 'uuid', (c) => c.notNull())
    .addColumn('contact_id', 'uuid', (c) => c.notNull().references('contacts.id'))
    .addColumn('article_id', 'uuid', (c) => c.notNull().references('knowledge_articles.id'))
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('update_announcements_pkey', ['translation_group', 'contact_id'])
    .execute();
  await db.schema
    .createIndex('update_announcements_contact')
    .on('update_announcements')
    .column('contact_id')
    .execute();
}
