/**
 * Handlers react to recorded events after their transaction has committed. An event reaches each
 * handler at least once: a handler that fails is retried later (handlers that succeeded are not
 * run again), and a crash between handling and recording it repeats it, so handlers must be
 * idempotent — key what they do on `event.id`.
 */
import type { z } from 'zod';
import type { EventDefinition, RecordedEvent } from '../shared/index.js';

/** A named reaction to one event type. */
export interface EventHandler {
  /** Stable and unique per event type: deliveries are recorded under it. */
  readonly name: string;
  readonly event: EventDefinition;
  handle(payload: unknown, event: RecordedEvent): Promise<void>;
}

/**
 * Declares a handler: `onEvent(ticketOpened, 'mail.acknowledge', async (payload, event) => …)`.
 * The payload arrives parsed by the event's schema.
 */
export function onEvent<Payload extends z.ZodType>(
  event: EventDefinition<Payload>,
  name: string,
  handle: (payload: z.output<Payload>, event: RecordedEvent) => Promise<void>,
): EventHandler {
  return {
    name,
    event,
    handle: (payload, recorded) => handle(event.payload.parse(payload), recorded),
  };
}

/** Refuses two handlers of one event type with the same name (their deliveries would mix). */
export function checkHandlers(handlers: readonly EventHandler[]): void {
  const seen = new Set<string>();
  for (const handler of handlers) {
    const key = `${handler.event.type}/${handler.name}`;
    if (seen.has(key))
      throw new Error(`two handlers named ${handler.name} for ${handler.event.type}`);
    seen.add(key);
  }
}
