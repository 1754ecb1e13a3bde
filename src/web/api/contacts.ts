/**
 * Typed calls of the contacts and communications API (the 360° view, rectification, erasure,
 * consents, the public unsubscribe link, one's own subscription to the updates); the answers' shapes are the server's schemas.
 */
import type { z } from 'zod';
import type {
  consentView,
  unsubscribedView,
  updateSubscriptionView,
} from '../../http/routes/communications/schema.js';
import type {
  contactDetailView,
  contactView,
  traceView,
} from '../../http/routes/contacts/schema.js';
import { request } from './client.js';

/** A contact as the list shows it. */
export type Contact = z.infer<typeof contactView>;

/** The 360° view of a contact. */
export type ContactDetail = z.infer<typeof contactDetailView>;

/** One line of a contact's history. */
export type TraceEntry = z.infer<typeof traceView>;

/** One consent or withdrawal. */
export type ConsentEvent = z.infer<typeof consentView>;

/** What an unsubscribe link withdrew. */
export type Unsubscribed = z.infer<typeof unsubscribedView>;

/** The signed-in person's subscription to the updates section's mail. */
export type UpdateSubscription = z.infer<typeof updateSubscriptionView>;

const contactPath = (id: string, rest = '') => `/api/contacts/${encodeURIComponent(id)}${rest}`;

/** The contacts endpoints. */
export const contacts = {
  list: (query: { q?: string; organisationId?: string }) =>
    request<Contact[]>('GET', '/api/contacts', { query }),
  view: (id: string) => request<ContactDetail>('GET', contactPath(id)),
  consents: (id: string) => request<ConsentEvent[]>('GET', contactPath(id, '/consents')),
  rectify: (id: string, changes: Record<string, string | null>, reason: string | null) =>
    request<Contact>('PATCH', contactPath(id), { body: { changes, reason } }),
  anonymise: (id: string) =>
    request<{ contact: Contact; removedAttachments: number }>(
      'POST',
      contactPath(id, '/anonymisation'),
      { body: { confirm: true } },
    ),
  /** The address of the access export (a download the browser opens with the session cookie). */
  exportUrl: (id: string, format: 'json' | 'pdf') =>
    contactPath(id, format === 'json' ? '/export' : '/export.pdf'),
  unsubscribe: (token: string) =>
    request<Unsubscribed>('POST', '/api/unsubscribe', { body: { token } }),
  updateSubscription: () => request<UpdateSubscription>('GET', '/api/updates/subscription'),
  subscribeToUpdates: (subscribed: boolean) =>
    request<UpdateSubscription>('PUT', '/api/updates/subscription', { body: { subscribed } }),
};
