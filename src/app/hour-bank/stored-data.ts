import type { StoredData } from '../shared/index.js';

/** The hour-bank module's tables and the personal data in them; the minutes are never personal. */
export const hourBankData: readonly StoredData[] = [
  {
    table: 'work_log',
    personal: ['note', 'created_by'],
    subject: {
      locate: [
        { column: 'created_by', holds: 'user' },
        {
          column: 'ticket_ref',
          through: { table: 'tickets', key: 'id', column: 'requester_id', holds: 'user' },
        },
      ],
      erasure: { note: { kind: 'redact' }, created_by: { kind: 'keep' } },
    },
    notPersonal: [{ column: 'first_contact', reason: 'whether the work was solved at once' }],
  },
];
