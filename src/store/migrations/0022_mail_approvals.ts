import type { Kysely } from 'kysely';

/**
 * Approvals by mail: each request binds one subject (work awaiting approval, later quotes and
 * deliverables) to one person, with the token of its reply address and the secret its one-time
 * links are signed with; the decision keeps the door it came through and the message's id.
 * Outgoing mail gains a Reply-To of its own (an approval's plus-addressed token).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_approvals')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('subject_kind', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('contract_id', 'uuid')
    .addColumn('approver_id', 'uuid', (c) => c.notNull())
    .addColumn('approver_email', 'text', (c) => c.notNull())
    .addColumn('token', 'text', (c) => c.notNull().unique())
    .addColumn('link_secret', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_via', 'text')
    .addColumn('decided_message_id', 'text')
    .addColumn('reason', 'text')
    .addUniqueConstraint('mail_approvals_subject_person', [
      'subject_kind',
      'subject_id',
      'approver_id',
    ])
    .execute();
  await db.schema.alterTable('mail_outgoing').addColumn('reply_to', 'text').execute();
}

/** Drops the approvals (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('mail_outgoing').dropColumn('reply_to').execute();
  await db.schema.dropTable('mail_approvals').execute();
}
