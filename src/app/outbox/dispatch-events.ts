import type { EventHandler } from './handlers.js';
import type { OutboxDeps, PendingEvent } from './ports.js';

/** Events one run claims; the next run (a minute later, or nudged after a commit) takes the rest. */
const defaultBatchSize = 100;

/** How long a claim lasts: a dispatcher that dies mid-batch leaves its events to another after this. */
const leaseMs = 5 * 60 * 1000;

/** Attempts before an event is given up (it stays in the outbox, marked failed, for an operator). */
export const maxAttempts = 10;

/** Waits 30 s after the first failure, doubling to at most an hour. */
function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 60 * 60 * 1000);
}

/** What one run did. */
export interface DispatchReport {
  dispatched: number;
  retried: number;
  failed: number;
}

async function deliver(
  options: OutboxDeps,
  event: PendingEvent,
  handlers: readonly EventHandler[],
): Promise<void> {
  const done = new Set(await options.outbox.deliveredTo(event.id));
  for (const handler of handlers) {
    if (done.has(handler.name)) continue;
    await handler.handle(event.payload, event);
    await options.outbox.markDelivered(event.id, handler.name, options.clock.now());
  }
}

/**
 * Hands claimed events, oldest first, to the handlers registered for their type; an event with
 * no handler is simply done. A handler that throws leaves the event to be retried with backoff,
 * its other handlers' deliveries kept; after {@link maxAttempts} it is marked failed.
 */
export async function dispatchEvents(
  options: OutboxDeps & { batchSize?: number },
): Promise<DispatchReport> {
  const now = options.clock.now();
  const claimed = await options.outbox.claim(
    now,
    options.batchSize ?? defaultBatchSize,
    new Date(now.getTime() + leaseMs),
  );
  const report: DispatchReport = { dispatched: 0, retried: 0, failed: 0 };
  for (const event of claimed) {
    const handlers = options.handlers.filter((handler) => handler.event.type === event.type);
    try {
      await deliver(options, event, handlers);
      await options.outbox.markDispatched(event.id, options.clock.now());
      report.dispatched++;
    } catch (error) {
      const attempts = event.attempts + 1;
      const giveUp = attempts >= maxAttempts;
      const at = options.clock.now();
      const retryAt = giveUp ? null : new Date(at.getTime() + retryDelayMs(attempts));
      const reason = error instanceof Error ? error.message : String(error);
      await options.outbox.markFailed(event.id, reason, at, retryAt);
      if (giveUp) report.failed++;
      else report.retried++;
    }
  }
  return report;
}
