import { type Contact, rectify } from '../../domain/contacts/index.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import { findContact } from './find-contact.js';
import type { ContactsDeps } from './ports.js';
import { appendTrace } from './trace.js';

/**
 * Corrects a contact's data (GDPR rectification, provider staff): every value is validated
 * first, each changed field is traced with its old value, and an anonymised contact refuses.
 */
export async function rectifyContact(
  options: Pick<ContactsDeps, 'clock' | 'ids' | 'contacts' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    contactId: string;
    changes: Readonly<Record<string, unknown>>;
    reason: string | null;
  },
): Promise<Contact> {
  authorise(options.actor, 'contacts.manage');
  const at = options.clock.now();
  const found = await findContact(options.contacts, options.contactId);
  const { contact, trace } = rectify(found, {
    changes: options.changes,
    at: at.getTime(),
    actorId: options.actor.userId,
    reason: options.reason,
  });
  if (trace.length === 0) return found;
  return options.transact(async (tx) => {
    await tx.contacts.save(contact);
    await appendTrace(tx.contacts, options.ids, trace);
    await recordChange(tx, { ...options, at, resourceType: 'contacts', resourceId: contact.id });
    return contact;
  });
}
