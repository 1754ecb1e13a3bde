import { sql } from 'kysely';
import type { OutboxQueue } from '../../app/outbox/index.js';
import type { Outbox } from '../../app/shared/index.js';
import type { Db } from '../database.js';

/** The outbox in PostgreSQL: events added inside a change's transaction, claimed by dispatchers. */
export function outboxRepository(db: Db): Outbox & OutboxQueue {
  return {
    async add(event) {
      await db
        .insertInto('outbox_events')
        .values({
          id: event.id,
          type: event.type,
          payload: JSON.stringify(event.payload),
          occurred_at: event.occurredAt,
          next_attempt_at: event.occurredAt,
        })
        .execute();
    },
    async claim(now, limit, leaseUntil) {
      const due = db
        .selectFrom('outbox_events')
        .select('id')
        .where('dispatched_at', 'is', null)
        .where('failed_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
        .orderBy('seq')
        .limit(limit)
        .forUpdate()
        .skipLocked();
      const rows = await db
        .updateTable('outbox_events')
        .set({ claimed_until: leaseUntil })
        .where('id', 'in', due)
        .returning(['id', 'seq', 'type', 'payload', 'occurred_at', 'attempts'])
        .execute();
      return rows
        .sort((a, b) => Number(a.seq) - Number(b.seq))
        .map((row) => ({
          id: row.id,
          type: row.type,
          payload: row.payload,
          occurredAt: row.occurred_at,
          attempts: row.attempts,
        }));
    },
    async deliveredTo(eventId) {
      const rows = await db
        .selectFrom('outbox_deliveries')
        .select('handler')
        .where('event_id', '=', eventId)
        .execute();
      return rows.map((row) => row.handler);
    },
    async markDelivered(eventId, handler, at) {
      await db
        .insertInto('outbox_deliveries')
        .values({ event_id: eventId, handler, delivered_at: at })
        .onConflict((oc) => oc.columns(['event_id', 'handler']).doNothing())
        .execute();
    },
    async markDispatched(eventId, at) {
      await db
        .updateTable('outbox_events')
        .set({ dispatched_at: at, claimed_until: null })
        .where('id', '=', eventId)
        .execute();
    },
    async markFailed(eventId, error, at, retryAt) {
      await db
        .updateTable('outbox_events')
        .set({
          attempts: sql`attempts + 1`,
          last_error: error.slice(0, 2000),
          claimed_until: null,
          ...(retryAt ? { next_attempt_at: retryAt } : { failed_at: at }),
        })
        .where('id', '=', eventId)
        .execute();
    },
  };
}
