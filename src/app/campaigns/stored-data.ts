import type { StoredData } from '../shared/index.js';

/**
 * The campaigns module's tables: campaigns, each recipient's message, opens and clicks, bounces,
 * and the addresses suppressed after a hard bounce.
 */
export const campaignsData: readonly StoredData[] = [
  {
    table: 'campaigns',
    personal: ['sender_user_id', 'created_by'],
    subject: {
      locate: [
        { column: 'sender_user_id', holds: 'user' },
        { column: 'created_by', holds: 'user' },
      ],
      // the staff member's user row is anonymised; the campaign keeps pointing at it
      erasure: { sender_user_id: { kind: 'keep' }, created_by: { kind: 'keep' } },
    },
    notPersonal: [{ column: 'name', reason: 'the campaign’s name' }],
  },
  {
    table: 'campaign_messages',
    personal: ['contact_id', 'to_address'],
    subject: {
      locate: [{ column: 'contact_id', holds: 'contact' }],
      // the campaign's figures keep the message; the address it went to is personal
      erasure: { contact_id: { kind: 'keep' }, to_address: { kind: 'pseudonym_email' } },
    },
  },
  { table: 'campaign_events', personal: [] },
  { table: 'campaign_bounces', personal: [] },
  {
    table: 'campaign_suppressions',
    personal: ['address', 'contact_id', 'lifted_by'],
    // an erased contact has no address left to suppress
    subject: { locate: [{ column: 'contact_id', holds: 'contact' }], erasure: 'delete' },
  },
];
