import type { StoredData } from '../shared/index.js';

/** The contracts module's tables and the personal data in them. */
export const contractsData: readonly StoredData[] = [
  { table: 'contracts', personal: [] },
  { table: 'contract_amendments', personal: ['created_by'] },
  { table: 'contract_requesters', personal: ['user_id'] },
  { table: 'ledger_entries', personal: ['created_by'] },
];
