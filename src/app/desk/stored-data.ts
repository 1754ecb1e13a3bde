import type { StoredData } from '../shared/index.js';

/** The desk module's tables and the personal data in them. */
export const deskData: readonly StoredData[] = [
  { table: 'tickets', personal: ['requester_id', 'assignee_id', 'subject'] },
  { table: 'ticket_events', personal: ['actor_id'] },
  { table: 'ticket_messages', personal: ['author_id', 'body', 'attachments'] },
  { table: 'sla_notices', personal: [] },
];
