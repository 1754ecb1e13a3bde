import type { StoredData } from '../shared/index.js';

/**
 * Customer success's tables. A CSM assignment names staff users; a meeting keeps its invitees'
 * names and addresses (an erased one's become the pseudonym) and its minutes, the account's agreed
 * history; its attendee rows say which contacts were invited (what the 360° view lists), its
 * record's `userIds` which users; a request keeps who raised and moved it.
 */
export const successData: readonly StoredData[] = [
  {
    table: 'csm_assignments',
    personal: ['csm_user_id', 'assigned_by'],
    subject: {
      locate: [{ column: 'csm_user_id', holds: 'user' }],
      erasure: { csm_user_id: { kind: 'keep' }, assigned_by: { kind: 'keep' } },
    },
  },
  {
    table: 'account_meetings',
    personal: ['record'],
    subject: {
      locate: [
        // the users invited by id: the record's `userIds` list
        { column: 'record', holds: 'user', json: true },
        {
          column: 'id',
          through: {
            table: 'account_meeting_attendees',
            key: 'meeting_id',
            column: 'contact_id',
            holds: 'contact',
          },
        },
      ],
      // the meeting agreed with the client stays (agenda, minutes); the person's name and address go
      erasure: { record: { kind: 'pseudonymise_values' } },
    },
  },
  {
    table: 'account_meeting_attendees',
    personal: ['contact_id'],
    subject: {
      locate: [{ column: 'contact_id', holds: 'contact' }],
      erasure: { contact_id: { kind: 'keep' } },
    },
  },
  {
    table: 'account_requests',
    personal: ['raised_by', 'record'],
    subject: {
      locate: [{ column: 'raised_by', holds: 'user' }],
      erasure: {
        raised_by: { kind: 'keep' },
        record: {
          kind: 'retain',
          reason: "the account's agreed changes: who asked and who decided",
        },
      },
    },
  },
];
