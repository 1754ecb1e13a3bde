/**
 * Typed calls of the mail API (received mail and its quarantine, the mail viewer, the IMAP
 * mailboxes); the shapes of their answers are the server's own response schemas.
 */
import type { z } from 'zod';
import type {
  fateView,
  mailboxCreateBody,
  mailboxProbeView,
  mailboxView,
  outgoingQuery,
  outgoingView,
  receivedQuery,
  receivedView,
} from '../../http/routes/mail/schema.js';
import { request } from './client.js';

/** A received message with its fate. */
export type ReceivedMail = z.infer<typeof receivedView>;
/** Filters of the received-mail list. */
export type ReceivedFilter = Omit<Partial<z.input<typeof receivedQuery>>, 'limit'> & {
  limit?: number;
};
/** A message Pacta sent or holds. */
export type OutgoingMail = z.infer<typeof outgoingView>;
/** Filters of the mail viewer. */
export type OutgoingFilter = Omit<Partial<z.input<typeof outgoingQuery>>, 'limit'> & {
  limit?: number;
};
/** What became of a message after a decision on it. */
export type MailFateView = z.infer<typeof fateView>;

/** An IMAP mailbox Pacta polls, without its password. */
export type Mailbox = z.infer<typeof mailboxView>;
/** A mailbox's settings as sent; `password` may be left out of a change to keep the stored one. */
export type MailboxSettings = Omit<z.input<typeof mailboxCreateBody>, 'password'> & {
  password?: string;
};
/** The outcome of a "test connection". */
export type MailboxProbe = z.infer<typeof mailboxProbeView>;

const mailboxPath = (id: string, rest = '') =>
  `/api/mail/mailboxes/${encodeURIComponent(id)}${rest}`;

const messagePath = (id: string, rest = '') =>
  `/api/mail/messages/${encodeURIComponent(id)}${rest}`;

/** Where a received message downloads as it arrived (.eml). */
export function rawMailUrl(id: string): string {
  return messagePath(id, '/raw');
}

/** Where an attachment of a received message downloads. */
export function mailAttachmentUrl(id: string): string {
  return `/api/mail/attachments/${encodeURIComponent(id)}`;
}

/** Every mail call of the web app. */
export const mail = {
  received: (filter: ReceivedFilter) =>
    request<ReceivedMail[]>('GET', '/api/mail/messages', { query: filter }),
  release: (id: string, target: { contractId: string; requesterId: string }) =>
    request<MailFateView>('POST', messagePath(id, '/release'), { body: target }),
  discard: (id: string) => request<MailFateView>('POST', messagePath(id, '/discard')),
  outgoing: (filter: OutgoingFilter) =>
    request<OutgoingMail[]>('GET', '/api/mail/outgoing', { query: filter }),
  mailboxes: () => request<Mailbox[]>('GET', '/api/mail/mailboxes'),
  addMailbox: (settings: MailboxSettings) =>
    request<Mailbox>('POST', '/api/mail/mailboxes', { body: settings }),
  changeMailbox: (id: string, settings: MailboxSettings) =>
    request<Mailbox>('PUT', mailboxPath(id), { body: settings }),
  removeMailbox: (id: string) => request<undefined>('DELETE', mailboxPath(id)),
  testMailbox: (id: string) => request<MailboxProbe>('POST', mailboxPath(id, '/test')),
};
