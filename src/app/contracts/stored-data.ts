import type { StoredData } from '../shared/index.js';

/** Who recorded a change: kept under erasure, since the user it points to is anonymised. */
const recordedBy: StoredData['subject'] = {
  locate: [{ column: 'created_by', holds: 'user' }],
  erasure: { created_by: { kind: 'keep' } },
};

/** The contracts module's tables and the personal data in them; the figures are never personal. */
export const contractsData: readonly StoredData[] = [
  {
    table: 'contracts',
    personal: [],
    notPersonal: [{ column: 'name', reason: 'a contract name' }],
  },
  {
    table: 'contract_amendments',
    personal: ['created_by'],
    subject: recordedBy,
    notPersonal: [{ column: 'body', reason: 'dated contract parameters' }],
  },
  {
    table: 'contract_requesters',
    personal: ['user_id'],
    subject: { locate: [{ column: 'user_id', holds: 'user' }], erasure: 'delete' },
  },
  {
    table: 'ledger_entries',
    personal: ['created_by'],
    subject: recordedBy,
    notPersonal: [{ column: 'body', reason: 'minutes, dates, ticket ids and money' }],
  },
  {
    table: 'ledger_checkpoints',
    personal: [],
    notPersonal: [{ column: 'state', reason: 'minutes, dates and ticket ids of closed periods' }],
  },
];
