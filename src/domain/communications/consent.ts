/**
 * Consents per contact, channel and purpose (seed 003: "Clientes que cumplan la GDPR",
 * "Contactables por email"), kept as an append-only history: each grant or withdrawal with its
 * source, instant and evidence. The latest event decides; at the same instant a withdrawal wins.
 * A withdrawal needs no prior grant (an explicit opt-out is recorded too), a grant needs a source
 * that can grant — an unsubscribe link never grants — and an anonymised contact takes none.
 */
import type { ContactState } from '../contacts/index.js';
import { communicationError } from './errors.js';

/** Channels a contact can be reached on. */
export const consentChannels = ['email', 'sms', 'phone', 'whatsapp'] as const;
/** One of {@link consentChannels}. */
export type ConsentChannel = (typeof consentChannels)[number];

/** What the contact agrees to receive: campaigns, or the updates section's announcements. */
export const consentPurposes = ['marketing', 'product_updates'] as const;
/** One of {@link consentPurposes}. */
export type ConsentPurpose = (typeof consentPurposes)[number];

/** Where a consent event came from. */
export const consentSources = [
  'web_form',
  'portal',
  'double_opt_in',
  'import',
  'agent',
  'unsubscribe_link',
  'bounce',
  'complaint',
] as const;
/** One of {@link consentSources}. */
export type ConsentSource = (typeof consentSources)[number];

const grantingSources: readonly ConsentSource[] = [
  'web_form',
  'portal',
  'double_opt_in',
  'import',
  'agent',
];

/** One grant or withdrawal. */
export interface ConsentEvent {
  readonly contactId: string;
  readonly channel: ConsentChannel;
  readonly purpose: ConsentPurpose;
  readonly state: 'granted' | 'withdrawn';
  readonly source: ConsentSource;
  readonly at: number;
  /** What proves it: a form id, an import file, a campaign id, a message id. */
  readonly evidence: string | null;
}

/** The consent in force for one channel and purpose, or null when the contact never said. */
export function currentConsent(
  history: readonly ConsentEvent[],
  contactId: string,
  channel: ConsentChannel,
  purpose: ConsentPurpose,
): ConsentEvent | null {
  let current: ConsentEvent | null = null;
  for (const event of history) {
    if (event.contactId !== contactId || event.channel !== channel || event.purpose !== purpose) {
      continue;
    }
    const later = current === null || event.at > current.at;
    const sameInstantWithdrawal =
      current !== null && event.at === current.at && event.state === 'withdrawn';
    if (later || sameInstantWithdrawal) current = event;
  }
  return current;
}

/** Whether the contact consents now to `purpose` on `channel`. */
export function hasConsent(
  history: readonly ConsentEvent[],
  contactId: string,
  channel: ConsentChannel,
  purpose: ConsentPurpose,
): boolean {
  return currentConsent(history, contactId, channel, purpose)?.state === 'granted';
}

/** A grant or withdrawal asked for. */
export type ConsentChange = Omit<ConsentEvent, 'contactId'> & {
  readonly contact: { readonly id: string; readonly state: ContactState };
};

/**
 * The event to append for a change, or null when it changes nothing (already in that state).
 * Fails for an anonymised contact and for a grant from a source that cannot grant.
 */
export function changeConsent(
  history: readonly ConsentEvent[],
  change: ConsentChange,
): ConsentEvent | null {
  const { contact, ...rest } = change;
  if (contact.state === 'anonymised') {
    throw communicationError(
      'contact_anonymised',
      { contactId: contact.id },
      'contact is anonymised',
    );
  }
  if (change.state === 'granted' && !grantingSources.includes(change.source)) {
    throw communicationError(
      'source_cannot_grant',
      { source: change.source },
      `a consent cannot be granted by ${change.source}`,
      'source',
    );
  }
  const current = currentConsent(history, contact.id, change.channel, change.purpose);
  if (current?.state === change.state) return null;
  return { contactId: contact.id, ...rest };
}
