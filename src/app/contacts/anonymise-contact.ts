import {
  anonymiseContact as anonymised,
  assertNotHeld,
  type Contact,
  planAnonymisation,
  pseudonymFrom,
  traceOf,
} from '../../domain/contacts/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { authorise, authorOf, type Origin, recordChange } from '../shared/index.js';
import { findContact } from './find-contact.js';
import type { ContactsDeps } from './ports.js';
import { appendTrace } from './trace.js';

/** What an anonymisation did: the contact as it now is, and the attachments it removed. */
export interface Anonymised {
  readonly contact: Contact;
  readonly removedAttachments: readonly unknown[];
}

/**
 * Anonymises a contact for good (right to erasure, provider administrators): in one transaction
 * every declared table's personal data of the contact and of the user it signs in as is replaced
 * by a fresh pseudonym or cleared, attachments are emptied, sessions deleted, the history's values
 * redacted — while tickets, SLA figures and ledger entries keep their numbers. Traced and audited;
 * a second request is refused (`contact_anonymised`), and so is a contact a legal hold keeps
 * (`legal_hold`, naming the hold's reason) — checked in the transaction of the change.
 */
export async function anonymiseContact(
  options: Pick<ContactsDeps, 'clock' | 'ids' | 'contacts' | 'storedData' | 'transact'> & {
    /** An administrator, or the retention job. */
    actor: Principal;
    origin: Origin;
    contactId: string;
  },
): Promise<Anonymised> {
  authorise(options.actor, 'privacy.manage');
  const at = options.clock.now();
  const found = await findContact(options.contacts, options.contactId);
  const pseudonym = pseudonymFrom(options.ids.newId());
  const contact = anonymised(found, pseudonym);
  const subject = { contactId: found.id, userId: found.kind === 'person' ? found.userId : null };
  const plan = planAnonymisation(options.storedData, { ...subject, pseudonym });
  return options.transact(async (tx) => {
    assertNotHeld(found.id, await tx.legalHolds.keeping(subject));
    const removedAttachments = await tx.privacy.anonymise(plan);
    await tx.contacts.save(contact);
    const entry = traceOf(contact.id, 'anonymised', at.getTime(), authorOf(options.actor));
    await appendTrace(tx.contacts, options.ids, [entry]);
    await recordChange(tx, { ...options, at, resourceType: 'contacts', resourceId: contact.id });
    return { contact, removedAttachments };
  });
}
