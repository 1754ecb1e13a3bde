import type { StoredData } from '../shared/index.js';

/** The calendars module's tables: no personal data. */
export const calendarsData: readonly StoredData[] = [
  {
    table: 'calendars',
    personal: [],
    notPersonal: [{ column: 'name', reason: 'a calendar name' }],
  },
];
