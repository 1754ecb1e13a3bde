/** What dispatching the outbox needs: the recorded events, claimed a batch at a time. */
import type { Clock, RecordedEvent } from '../shared/index.js';
import type { EventHandler } from './handlers.js';

/** An event waiting for dispatch, with how many attempts have failed so far. */
export interface PendingEvent extends RecordedEvent {
  readonly attempts: number;
}

/** The dispatching side of the outbox (use-cases add to it through their transaction). */
export interface OutboxQueue {
  /**
   * Claims up to `limit` events due by `now`, oldest first, until `leaseUntil`: other dispatchers
   * (other nodes) skip them meanwhile, and a dispatcher that dies leaves them to the next one.
   */
  claim(now: Date, limit: number, leaseUntil: Date): Promise<PendingEvent[]>;
  /** The handlers that have already handled an event (a retried event skips them). */
  deliveredTo(eventId: string): Promise<string[]>;
  markDelivered(eventId: string, handler: string, at: Date): Promise<void>;
  /** Every handler has handled the event: it is done. */
  markDispatched(eventId: string, at: Date): Promise<void>;
  /** An attempt failed at `at`: try again at `retryAt`, or give up for good when it is null. */
  markFailed(eventId: string, error: string, at: Date, retryAt: Date | null): Promise<void>;
}

/** Everything dispatching needs: the outbox, the time, and the handlers the installation runs. */
export interface OutboxDeps {
  clock: Clock;
  outbox: OutboxQueue;
  handlers: readonly EventHandler[];
}
