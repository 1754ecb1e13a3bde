/** The knowledge base's tables added after the first migration. */
import type { ColumnType } from 'kysely';

/** One thing the portal reported about a new-request draft (migration 0021). */
export interface KnowledgeDeflectionEventsTable {
  client_id: string;
  id: string;
  draft_id: string;
  kind: 'suggested' | 'solved' | 'submitted';
  /** JSON array of article ids (suggested: those shown; solved: the one marked). */
  article_ids: ColumnType<unknown, string, string>;
  ticket_id: string | null;
  at: Date;
}
