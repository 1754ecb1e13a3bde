/**
 * The deflection log: what the portal reported about new-request drafts, one row per event,
 * a retried event (same client, same id) stored once. Instants cross as epoch ms.
 */
import type { Selectable } from 'kysely';
import type { DeflectionLog } from '../../app/knowledge/index.js';
import type { DeflectionEvent } from '../../domain/knowledge/index.js';
import type { Db } from '../database.js';
import type { KnowledgeDeflectionEventsTable } from './tables.js';

function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

function toEvent(row: Selectable<KnowledgeDeflectionEventsTable>): DeflectionEvent {
  const base = { id: row.id, draftId: row.draft_id, clientId: row.client_id, at: row.at.getTime() };
  const articleIds = idsOf(row.article_ids);
  if (row.kind === 'submitted')
    return { ...base, kind: 'submitted', ticketId: row.ticket_id ?? '' };
  if (row.kind === 'solved') return { ...base, kind: 'solved', articleId: articleIds[0] ?? '' };
  return { ...base, kind: 'suggested', articleIds };
}

function articleIdsOf(event: DeflectionEvent): string[] {
  if (event.kind === 'suggested') return [...event.articleIds];
  return event.kind === 'solved' ? [event.articleId] : [];
}

/** The deflection log over one database or transaction. */
export function deflectionLog(db: Db): DeflectionLog {
  const events = () => db.selectFrom('knowledge_deflection_events').selectAll();
  return {
    async record(event) {
      const inserted = await db
        .insertInto('knowledge_deflection_events')
        .values({
          client_id: event.clientId,
          id: event.id,
          draft_id: event.draftId,
          kind: event.kind,
          article_ids: JSON.stringify(articleIdsOf(event)),
          ticket_id: event.kind === 'submitted' ? event.ticketId : null,
          at: new Date(event.at),
        })
        .onConflict((conflict) => conflict.columns(['client_id', 'id']).doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async draftEvents(clientId, draftId) {
      const rows = await events()
        .where('client_id', '=', clientId)
        .where('draft_id', '=', draftId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(toEvent);
    },
    async eventsOfDraftsActiveIn(period) {
      let active = db
        .selectFrom('knowledge_deflection_events')
        .select(['client_id', 'draft_id'])
        .distinct()
        .where('at', '>=', new Date(period.from))
        .where('at', '<', new Date(period.to));
      if (period.clientId !== undefined) active = active.where('client_id', '=', period.clientId);
      const drafts = await active.execute();
      if (drafts.length === 0) return [];
      const wanted = new Set(drafts.map((d) => `${d.client_id}/${d.draft_id}`));
      const rows = await events()
        .where(
          'draft_id',
          'in',
          drafts.map((d) => d.draft_id),
        )
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.filter((row) => wanted.has(`${row.client_id}/${row.draft_id}`)).map(toEvent);
    },
  };
}
