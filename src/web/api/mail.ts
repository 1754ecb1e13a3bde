/**
 * Typed calls of the mail API (received mail and its quarantine, the mail viewer); the shapes of
 * their answers are the server's own response schemas.
 */
import type { z } from 'zod';
import type {
  fateView,
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
};
