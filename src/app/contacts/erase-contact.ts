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
  const plan = planAnonymisation(options.storedData, erasureTarget(found, pseudonym));
  const removedAttachments = await tx.privacy.anonymise(plan);
  await tx.contacts.save(contact);
  const entry = traceOf(contact.id, 'anonymised', at.getTime(), erasure.authorId);
  await appendTrace(tx.contacts, options.ids, [entry]);
  await recordChange(tx, {
    origin: erasure.origin,
    actor: erasure.actor,
    at,
    resourceType: 'contacts',
    resourceId: contact.id,
  });
  return { contact, removedAttachments };
}

/** Whose rows a contact's erasure reaches: the contact and the user it signs in as. */
export function subjectOf(contact: Contact): { contactId: string; userId: string | null } {
  return { contactId: contact.id, userId: contact.kind === 'person' ? contact.userId : null };
}
