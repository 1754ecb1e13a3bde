/**
 * Domain events and the transactional outbox: a use-case records what happened in the
 * transaction of its change; the dispatch job hands each event, at least once, to the handlers
 * registered for it (mail, notices, webhooks…), which must therefore be idempotent.
 */
import type { z } from 'zod';
import type { Ids } from './ports.js';

/** An event type with the zod schema of its payload (plain JSON: ids, codes, ISO instants). */
export interface EventDefinition<Payload extends z.ZodType = z.ZodType> {
  readonly type: string;
  readonly payload: Payload;
}

/** Declares an event type; modules export theirs from their `events.ts`. */
export function defineEvent<Payload extends z.ZodType>(
  type: string,
  payload: Payload,
): EventDefinition<Payload> {
  return { type, payload };
}

/** An event as the outbox stores it: its id is the key handlers deduplicate on. */
export interface RecordedEvent {
  readonly id: string;
  readonly type: string;
  readonly payload: unknown;
  readonly occurredAt: Date;
}

/** The outbox, written inside the transaction of the change the event reports. */
export interface Outbox {
  add(event: RecordedEvent): Promise<void>;
}

/** Records an event in the transaction `tx` (its payload checked against the definition). */
export async function recordEvent<Payload extends z.ZodType>(
  tx: { outbox: Outbox },
  ids: Ids,
  occurredAt: Date,
  definition: EventDefinition<Payload>,
  payload: z.input<Payload>,
): Promise<RecordedEvent> {
  const event = {
    id: ids.newId(),
    type: definition.type,
    payload: definition.payload.parse(payload),
    occurredAt,
  };
  await tx.outbox.add(event);
  return event;
}
