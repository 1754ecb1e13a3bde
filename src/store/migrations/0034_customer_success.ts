import type { Kysely } from 'kysely';

/**
 * Customer success (seeds 001 and 002): dated CSM assignments per client account, meetings of a
 * contract (kept whole in `record`) with the contacts invited, and account requests (kept whole
 * in `record`) beside the columns they are found by.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('csm_assignments')
    .addColumn('organisation_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('from_date', 'date', (c) => c.notNull())
    .addColumn('until_date', 'date')
    .addColumn('csm_user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('assigned_by', 'uuid')
    .addColumn('assigned_at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('csm_assignments_pk', ['organisation_id', 'from_date'])
    .execute();

  await db.schema
    .createTable('account_meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_meetings_contract')
    .on('account_meetings')
    .columns(['contract_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('account_meeting_attendees')
    .addColumn('meeting_id', 'uuid', (c) =>
      c.notNull().references('account_meetings.id').onDelete('cascade'),
    )
    .addColumn('contact_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_meeting_attendees_pk', ['meeting_id', 'contact_id'])
    .execute();
  await db.schema
    .createIndex('account_meeting_attendees_contact')
    .on('account_meeting_attendees')
    .columns(['contact_id'])
    .execute();

  await db.schema
    .createTable('account_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('contract_id', 'uuid', (c) => c.notNull().references('contracts.id'))
    .addColumn('raised_by', 'text', (c) => c.notNull())
    .addColumn('raised_at', 'timestamptz', (c) => c.notNull())
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_requests_contract')
    .on('account_requests')
    .columns(['contract_id', 'raised_at'])
    .execute();
}

/** Drops the customer-success tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account_requests').execute();
  await db.schema.dropTable('account_meeting_attendees').execute();
  await db.schema.dropTable('account_meetings').execute();
  await db.schema.dropTable('csm_assignments').execute();
}
