import type { StoredData } from '../shared/index.js';

/** The mail module's tables: what people wrote and where they wrote from. */
export const mailData: readonly StoredData[] = [
  {
    table: 'mail_messages',
    personal: ['envelope', 'raw', 'from_address', 'subject', 'text', 'html'],
  },
  { table: 'mail_attachments', personal: ['filename', 'content'] },
  { table: 'mail_threads', personal: [] },
  { table: 'mail_thread_ids', personal: [] },
  {
    table: 'mail_outgoing',
    personal: ['to_address', 'to_name', 'subject', 'text', 'html'],
  },
];
