import { type Kysely, sql } from 'kysely';

/**
 * Deflection in the portal (issue 17): what the portal reports about each new-request draft —
 * articles suggested, "this solved it", the request sent — one row per event, keyed by the
 * client and the event id the portal gave it, so a retried event is stored once. The report
 * folds a draft's events in the domain; the index finds the drafts active in a period.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('knowledge_deflection_events')
    .addColumn('client_id', 'uuid', (c) => c.notNull().references('organisations.id'))
    .addColumn('id', 'uuid', (c) => c.notNull())
    .addColumn('draft_id', 'uuid', (c) => c.notNull())
    .addColumn('kind', 'text', (c) =>
      c.notNull().check(sql`kind in ('suggested', 'solved', 'submitted')`),
    )
    .addColumn('article_ids', 'jsonb', (c) => c.notNull())
    .addColumn('ticket_id', 'uuid')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addPrimaryKeyConstraint('knowledge_deflection_events_pkey', ['client_id', 'id'])
    .execute();
  await db.schema
    .createIndex('knowledge_deflection_events_draft')
    .on('knowledge_deflection_events')
    .columns(['client_id', 'draft_id', 'at'])
    .execute();
  await db.schema
    .createIndex('knowledge_deflection_events_at')
    .on('knowledge_deflection_events')
    .column('at')
    .execute();
}
