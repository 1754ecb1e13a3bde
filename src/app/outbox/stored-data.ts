import type { StoredData } from '../shared/index.js';

/** The outbox's tables: event payloads carry ids of people (never their details). */
export const outboxData: readonly StoredData[] = [
  { table: 'outbox_events', personal: ['payload'] },
  { table: 'outbox_deliveries', personal: [] },
];
