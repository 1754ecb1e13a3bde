import type { StoredData } from '../shared/index.js';

/** A ticket's mail belongs to its requester. */
const ofRequester = {
  through: { table: 'tickets', key: 'id', column: 'requester_id', holds: 'user' },
} as const;

/**
 * The mail module's tables: what people wrote and where they wrote from. Mail is found through
 * the ticket it joined; quarantined or ignored mail from no known person has no subject to find.
 * Erasure redacts what was written, deletes the files and keeps the fates and instants.
 */
export const mailData: readonly StoredData[] = [
  {
    table: 'mail_messages',
    personal: ['envelope', 'raw', 'from_address', 'subject', 'text', 'html'],
    subject: {
      locate: [{ column: 'ticket_id', ...ofRequester }],
      erasure: {
        envelope: { kind: 'set', value: '{}' },
        raw: { kind: 'redact' },
        from_address: { kind: 'clear' },
        subject: { kind: 'redact' },
        text: { kind: 'redact' },
        html: { kind: 'clear' },
      },
    },
  },
  {
    table: 'mail_attachments',
    personal: ['filename', 'content'],
    subject: { locate: [{ column: 'ticket_id', ...ofRequester }], erasure: 'delete' },
  },
  { table: 'mail_threads', personal: [] },
  // a mailbox's user is the desk's account, not a person's; its password is sealed
  {
    table: 'mail_mailboxes',
    personal: [],
    notPersonal: [
      { column: 'name', reason: "a mailbox's label, e.g. the desk's address" },
      {
        column: 'sealed_password',
        reason: "the mailbox account's secret, sealed; no person's data",
      },
    ],
  },
  { table: 'mail_thread_ids', personal: [] },
  // an approval request names the person asked; it goes with them (the ledger keeps the
  // decision under a pseudonym); the link secret is never exported
  {
    table: 'mail_approvals',
    personal: ['approver_id', 'approver_email', 'reason', 'link_secret'],
    notPersonal: [
      { column: 'subject_kind', reason: 'what is decided: consumption, quote or deliverable' },
      { column: 'subject_id', reason: 'the id of the decided record (a ledger entry)' },
    ],
    subject: {
      locate: [{ column: 'approver_id', holds: 'user' }],
      erasure: 'delete',
      secret: ['link_secret'],
    },
  },
  {
    table: 'mail_outgoing',
    // Attachments: the `.ics` of an invitation names its attendees (report references do not).
    personal: ['to_address', 'to_name', 'subject', 'text', 'html', 'attachments'],
    subject: {
      locate: [{ column: 'ticket_id', ...ofRequester }],
      erasure: {
        to_address: { kind: 'pseudonym_email' },
        to_name: { kind: 'pseudonym' },
        subject: { kind: 'redact' },
        text: { kind: 'redact' },
        html: { kind: 'redact' },
        attachments: { kind: 'set', value: '[]' },
      },
    },
  },
];
