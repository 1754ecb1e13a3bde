import type { Kysely } from 'kysely';

/**
 * A ticket message that came by mail keeps the id of the received message (issue 13): the
 * conversation marks it, and its attachments are that message's.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ticket_messages').addColumn('mail_id', 'uuid').execute();
}

/** Drops what `up` added (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ticket_messages').dropColumn('mail_id').execute();
}
