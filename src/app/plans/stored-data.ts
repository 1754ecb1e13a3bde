import type { StoredData } from '../shared/index.js';

/** The plans module's tables: no personal data. */
export const plansData: readonly StoredData[] = [
  { table: 'plans', personal: [], notPersonal: [{ column: 'name', reason: 'a plan name' }] },
];
