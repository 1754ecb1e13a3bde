import type { StoredData } from '../shared/index.js';

/** A ticket's rows belong to its requester (and to whoever wrote them). */
const ofRequester = {
  through: { table: 'tickets', key: 'id', column: 'requester_id', holds: 'user' },
} as const;

/**
 * The desk module's tables and the personal data in them. Tickets are found by requester only:
 * an agent's erasure must not blank clients' subjects. Anonymisation keeps every number, status
 * and SLA instant.
 */
export const deskData: readonly StoredData[] = [
  {
    table: 'tickets',
    personal: ['requester_id', 'assignee_id', 'subject'],
    subject: {
      locate: [{ column: 'requester_id', holds: 'user' }],
      erasure: {
        requester_id: { kind: 'keep' },
        assignee_id: { kind: 'keep' },
        subject: { kind: 'redact' },
      },
    },
  },
  {
    table: 'ticket_events',
    personal: ['actor_id'],
    subject: {
      locate: [{ column: 'actor_id', holds: 'user' }],
      erasure: { actor_id: { kind: 'keep' } },
    },
    notPersonal: [{ column: 'event', reason: 'SLA events: kinds, statuses and instants' }],
  },
  {
    table: 'ticket_messages',
    personal: ['author_id', 'body', 'attachments'],
    subject: {
      locate: [
        { column: 'author_id', holds: 'user' },
        { column: 'ticket_id', ...ofRequester },
      ],
      erasure: {
        author_id: { kind: 'keep' },
        body: { kind: 'redact' },
        attachments: { kind: 'remove_attachments' },
      },
    },
  },
  { table: 'sla_notices', personal: [] },
];
