import type { StoredData } from '../shared/index.js';

/**
 * The quotes table. `created_by` names the user who drafted a quote; the record holds the
 * quote's history (who drafted, sent, decided, on which day and why), the agreement both sides
 * keep, so erasure keeps it.
 */
export const quotesData: readonly StoredData[] = [
  {
    table: 'quotes',
    personal: ['created_by', 'record'],
    subject: {
      locate: [{ column: 'created_by', holds: 'user' }],
      erasure: {
        created_by: { kind: 'keep' },
        record: {
          kind: 'retain',
          reason: "the quote's audited history: who drafted, sent and decided it, and why",
        },
      },
    },
  },
];
