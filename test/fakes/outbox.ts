/** The outbox in memory: events added in a transaction, claimed, delivered and marked as the store does. */
import type { OutboxQueue } from '../../src/app/outbox/index.js';
import type { Outbox } from '../../src/app/shared/index.js';
import type { Tables } from './identity.js';
import { nextValue, type OutboxRow } from './state.js';

/** The outbox, both sides. */
export function outbox(tables: Tables): Outbox & OutboxQueue {
  const row = (eventId: string): OutboxRow => {
    const found = tables().outbox.find((r) => r.event.id === eventId);
    if (!found) throw new Error(`no event ${eventId} in the outbox`);
    return found;
  };
  return {
    async add(event) {
      const state = tables();
      state.outbox.push({
        event: { ...event },
        seq: nextValue(state, 'outbox'),
        attempts: 0,
        nextAttemptAt: event.occurredAt,
        claimedUntil: null,
        dispatchedAt: null,
        failedAt: null,
        lastError: null,
      });
    },
    async claim(now, limit, leaseUntil) {
      const due = tables()
        .outbox.filter(
          (r) =>
            r.dispatchedAt === null &&
            r.failedAt === null &&
            r.nextAttemptAt <= now &&
            (r.claimedUntil === null || r.claimedUntil < now),
        )
        .sort((a, b) => a.seq - b.seq)
        .slice(0, limit);
      for (const r of due) r.claimedUntil = leaseUntil;
      return due.map((r) => ({ ...r.event, attempts: r.attempts }));
    },
    deliveredTo: async (eventId) =>
      tables()
        .deliveries.filter((d) => d.eventId === eventId)
        .map((d) => d.handler),
    async markDelivered(eventId, handler, at) {
      const state = tables();
      if (!state.deliveries.some((d) => d.eventId === eventId && d.handler === handler))
        state.deliveries.push({ eventId, handler, deliveredAt: at });
    },
    async markDispatched(eventId, at) {
      Object.assign(row(eventId), { dispatchedAt: at, claimedUntil: null });
    },
    async markFailed(eventId, error, at, retryAt) {
      const r = row(eventId);
      r.attempts++;
      r.lastError = error;
      r.claimedUntil = null;
      if (retryAt) r.nextAttemptAt = retryAt;
      else r.failedAt = at;
    },
  };
}
