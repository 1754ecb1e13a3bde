import type { StoredData } from '../shared/index.js';

/** The outbox's tables: event payloads carry ids of people (never their details), kept under erasure. */
export const outboxData: readonly StoredData[] = [
  {
    table: 'outbox_events',
    personal: ['payload'],
    subject: {
      locate: [{ column: 'payload', holds: 'user', json: true }],
      erasure: { payload: { kind: 'keep' } },
    },
  },
  { table: 'outbox_deliveries', personal: [] },
];
