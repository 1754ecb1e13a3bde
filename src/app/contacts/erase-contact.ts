import {
  anonymiseContact as anonymised,
  type Contact,
  erasureTarget,
  planAnonymisation,
  traceOf,
} from '../../domain/contacts/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { ContactsDeps, ContactsTx } from './ports.js';
import { appendTrace } from './trace.js';

/** What an anonymisation did: the contact as it now is, and the attachments it removed. */
export interface Anonymised {
  readonly contact: Contact;
  readonly removedAttachments: readonly unknown[];
}

/** Whose erasure, under which pseudonym, when and by whom (the author's user id, or null). */
export interface Erasure {
  readonly found: Contact;
  readonly pseudonym: string;
  readonly at: Date;
  readonly authorId: string | null;
  readonly actor: Principal | null;
  readonly origin: Origin;
  /** When the audit log records it, if not `at` (a replay, recorded when it runs). */
  readonly auditedAt?: Date;
  /** The user the contact signs in as, read before the transaction. */
  readonly user?: { readonly name: string; readonly email: string } | undefined;
}

/**
 * Erases a contact in `tx`: every declared table's personal data of the contact and of the user
 * it signs in as is replaced by the pseudonym or cleared, attachments emptied, sessions deleted,
 * the history's values redacted; then traced and audited. The caller logs it.
 */
export async function eraseContact(
  tx: ContactsTx,
  options: Pick<ContactsDeps, 'ids' | 'storedData'>,
  erasure: Erasure,
): Promise<Anonymised> {
  const { found, pseudonym, at } = erasure;
  const contact = anonymised(found, pseudonym);
  const plan = planAnonymisation(options.storedData, erasureTarget(found, pseudonym, erasure.user));
  const removedAttachments = await tx.privacy.anonymise(plan);
  await tx.contacts.save(contact);
  const entry = traceOf(contact.id, 'anonymised', at.getTime(), erasure.authorId);
  await appendTrace(tx.contacts, options.ids, [entry]);
  await recordChange(tx, {
    origin: erasure.origin,
    actor: erasure.actor,
    at: erasure.auditedAt ?? at,
    resourceType: 'contacts',
    resourceId: contact.id,
  });
  return { contact, removedAttachments };
}

/** The user `contact` signs in as, if any (read outside any transaction). */
export async function userOf(
  users: ContactsDeps['users'],
  contact: Contact,
): Promise<{ name: string; email: string } | undefined> {
  const userId = contact.kind === 'person' ? contact.userId : null;
  return userId === null ? undefined : users.findById(userId);
}

/** Whose rows a contact's erasure reaches: the contact and the user it signs in as. */
export function subjectOf(contact: Contact): { contactId: string; userId: string | null } {
  return { contactId: contact.id, userId: contact.kind === 'person' ? contact.userId : null };
}
