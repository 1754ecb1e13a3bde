import type { StoredData } from '../shared/index.js';

/** The reports module's tables and the personal data in them (requesters' names in the snapshots). */
export const reportsData: readonly StoredData[] = [
  { table: 'issued_reports', personal: ['model', 'issued_by'] },
];
