import { type Kysely, sql } from 'kysely';

/**
 * The agent workspace (issue 11): a ticket remembers when the managing partner escalated it to
 * the provider; a note may be shared with the partner (`partner`) besides the provider's own
 * (`internal`); and the queue's sorts and filters have indexes, so its first page stays fast
 * with many tickets (bench/queue.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tickets').addColumn('escalated_at', 'timestamptz').execute();
  await sql`alter table ticket_messages drop constraint ticket_messages_visibility_check`.execute(
    db,
  );
  await sql`alter table ticket_messages add constraint ticket_messages_visibility_check
    check (visibility in ('public', 'partner', 'internal'))`.execute(db);
  await sql`create index tickets_queue_urgency on tickets ((case sla_state when 'breached' then 0
    when 'at_risk' then 1 when 'running' then 2 when 'paused' then 3 else 4 end),
    sla_due_at, opened_at, number)`.execute(db);
  await sql`create index tickets_queue_opened on tickets (opened_at, number)`.execute(db);
  await sql`create index tickets_queue_updated on tickets (updated_at, number)`.execute(db);
  await sql`create index tickets_queue_assignee on tickets (assignee_id, status)`.execute(db);
}

/** Drops the indexes and the column; notes shared with a partner become the provider’s own. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['urgency', 'opened', 'updated', 'assignee'])
    await db.schema.dropIndex(`tickets_queue_${index}`).execute();
  await sql`update ticket_messages set visibility = 'internal' where visibility = 'partner'`.execute(
    db,
  );
  await sql`alter table ticket_messages drop constraint ticket_messages_visibility_check`.execute(
    db,
  );
  await sql`alter table ticket_messages add constraint ticket_messages_visibility_check
    check (visibility in ('public', 'internal'))`.execute(db);
  await db.schema.alterTable('tickets').dropColumn('escalated_at').execute();
}
