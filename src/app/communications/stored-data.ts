import type { StoredData } from '../shared/index.js';

/** The communications module's tables: each contact's consent history, the updates they were told of. */
export const communicationsData: readonly StoredData[] = [
  {
    table: 'consent_events',
    personal: ['contact_id', 'evidence'],
    subject: {
      locate: [{ column: 'contact_id', holds: 'contact' }],
      // the history proves what was agreed when; only its free-text evidence can name someone
      erasure: { contact_id: { kind: 'keep' }, evidence: { kind: 'clear' } },
    },
  },
  {
    table: 'update_announcements',
    personal: ['contact_id'],
    subject: {
      locate: [{ column: 'contact_id', holds: 'contact' }],
      // which updates were mailed names no one once the contact is anonymised
      erasure: { contact_id: { kind: 'keep' } },
    },
  },
];
