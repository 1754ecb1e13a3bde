import type { StoredData } from '../shared/index.js';

/** The hour-bank module's tables and the personal data in them. */
export const hourBankData: readonly StoredData[] = [
  { table: 'work_log', personal: ['note', 'created_by'] },
];
