import { type Kysely, sql } from 'kysely';

/**
 * Two tables of issue 17. The updates section's mail (seed 001: "Mantenerte al día sobre las nuevas funciones"): which
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
  await db.schema
    .createTable('legal_holds')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('contact_id', 'uuid', (c) => c.references('contacts.id'))
    .addColumn('contract_id', 'uuid', (c) => c.references('contracts.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('placed_by', 'uuid')
    .addColumn('placed_at', 'timestamptz', (c) => c.notNull())
    .addColumn('lifted_by', 'uuid')
    .addColumn('lifted_at', 'timestamptz')
    .addColumn('lift_reason', 'text')
    .addCheckConstraint(
      'legal_holds_one_target',
      sql`(contact_id is null) <> (contract_id is null)`,
    )
    .execute();
  await sql`create index legal_holds_active_contact on legal_holds (contact_id) where lifted_at is null`.execute(
    db,
  );
  await sql`create index legal_holds_active_contract on legal_holds (contract_id) where lifted_at is null`.execute(
    db,
  );
}
