import { type Kysely, sql } from 'kysely';

/**
 * Attachments of the mail Pacta sends: each queued message lists the documents it carries by
 * reference (an issued report, immutable once archived), rendered in the message's language when
 * the message is sent, so the queue never holds a second copy of a report's bytes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table mail_outgoing add column attachments jsonb not null default '[]'::jsonb`.execute(
    db,
  );
}

/** Drops the attachments (development only). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table mail_outgoing drop column attachments`.execute(db);
}
