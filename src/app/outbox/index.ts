/**
 * The outbox module's public surface: declaring handlers of recorded events and dispatching
 * them. Events themselves are declared by each module (`events.ts`) with `defineEvent`.
 */
export { type DispatchReport, dispatchEvents, maxAttempts } from './dispatch-events.js';
export { checkHandlers, type EventHandler, onEvent } from './handlers.js';
export type { OutboxDeps, OutboxQueue, PendingEvent } from './ports.js';
export { outboxData } from './stored-data.js';
