/** The outbox's tables: events recorded with the change they report, and which handler took each. */
import type { ColumnType, Generated } from 'kysely';

type Json = ColumnType<unknown, string, string>;

/** The transactional outbox: events recorded with the change they report, dispatched by a job. */
export interface OutboxEventsTable {
  id: string;
  seq: Generated<string>;
  type: string;
  payload: Json;
  occurred_at: Date;
  attempts: Generated<number>;
  next_attempt_at: Date;
  claimed_until: Date | null;
  dispatched_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
}

/** Which handler has already handled which event, so a retried event skips it. */
export interface OutboxDeliveriesTable {
  event_id: string;
  handler: string;
  delivered_at: Date;
}
