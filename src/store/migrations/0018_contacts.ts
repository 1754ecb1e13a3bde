import { type Kysely, sql } from 'kysely';

/**
 * Contacts and consents (seed 003 "Gestión RGPD"): people and companies apart from sign-in
 * users, each contact's trace (who viewed, exported, corrected or anonymised its data) and the
 * append-only history of its consents per channel and purpose.
 *
 * Every user is a contact (a user is a contact who can sign in): existing users are copied in
 * with the user's id as the contact's id, and a trigger gives each new user (an invited person,
 * a requester whose first mail arrived) a contact in the same transaction, so no door that
 * creates users can forget one.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('contacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('person', 'company')`))
    .addColumn('organisation_id', 'uuid', (c) => c.references('organisations.id'))
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('name', 'text')
    .addColumn('salutation', 'text', (c) => c.check(sql`salutation in ('mr', 'ms')`))
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('es', 'en')`))
    .addColumn('country', 'text')
    .addColumn('job_title', 'text')
    .addColumn('company_id', 'uuid', (c) => c.references('contacts.id'))
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').unique())
    .addColumn('tax_id', 'text')
    .addColumn('website', 'text')
    .addColumn('custom', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('active').check(sql`state in ('active', 'anonymised')`),
    )
    .addColumn('pseudonym', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('contacts_email').on('contacts').column('email').execute();
  await db.schema
    .createIndex('contacts_organisation')
    .on('contacts')
    .column('organisation_id')
    .execute();

  await db.schema
    .createTable('contact_trace')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('seq', 'bigserial', (c) => c.notNull())
    .addColumn('contact_id', 'uuid', (c) => c.notNull().references('contacts.id'))
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .addColumn('reason', 'text')
    .execute();
  await db.schema
    .createIndex('contact_trace_contact')
    .on('contact_trace')
    .columns(['contact_id', 'at', 'seq'])
    .execute();

  await db.schema
    .createTable('consent_events')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('contact_id', 'uuid', (c) => c.notNull().references('contacts.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('granted', 'withdrawn')`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .execute();
  await db.schema
    .createIndex('consent_events_contact')
    .on('consent_events')
    .columns(['contact_id', 'at'])
    .execute();

  await sql`
    insert into contacts (id, kind, organisation_id, given_name, family_name, email, language, user_id)
    select id, 'person', organisation_id, name, '', email, locale, id from users`.execute(db);
  await sql`
    create function pacta_contact_of_user() returns trigger language plpgsql as $$
    begin
      insert into contacts (id, kind, organisation_id, given_name, family_name, email, language, user_id)
      values (new.id, 'person', new.organisation_id, new.name, '', new.email, new.locale, new.id)
      on conflict do nothing;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger users_are_contacts after insert on users
    for each row execute function pacta_contact_of_user()`.execute(db);
}

/** Drops the contacts module's tables and the trigger. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop trigger users_are_contacts on users`.execute(db);
  await sql`drop function pacta_contact_of_user()`.execute(db);
  for (const table of ['consent_events', 'contact_trace', 'contacts']) {
    await db.schema.dropTable(table).execute();
  }
}
