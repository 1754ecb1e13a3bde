import type { StoredData } from '../shared/index.js';

/** The reports module's tables and the personal data in them (requesters' names in the snapshots). */
export const reportsData: readonly StoredData[] = [
  {
    table: 'issued_reports',
    personal: ['model', 'issued_by'],
    subject: {
      locate: [{ column: 'issued_by', holds: 'user' }],
      erasure: {
        issued_by: { kind: 'keep' },
        model: {
          kind: 'retain',
          reason: 'an issued report is an immutable record of what both sides were shown',
        },
      },
    },
    notPersonal: [
      { column: 'client_name', reason: 'a company name' },
      { column: 'contract_name', reason: 'a contract name' },
    ],
  },
  {
    table: 'metric_readings',
    personal: ['recorded_by'],
    subject: {
      locate: [{ column: 'recorded_by', holds: 'user' }],
      erasure: { recorded_by: { kind: 'keep' } },
    },
  },
  {
    table: 'ticket_estimates',
    personal: ['set_by'],
    subject: {
      locate: [{ column: 'set_by', holds: 'user' }],
      erasure: { set_by: { kind: 'keep' } },
    },
  },
  {
    table: 'monitoring_recommendations',
    personal: ['set_by'],
    subject: {
      locate: [{ column: 'set_by', holds: 'user' }],
      erasure: { set_by: { kind: 'keep' } },
    },
  },
];
