import type { Contact } from '../../domain/contacts/index.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type { ContactQuery, ContactsDeps } from './ports.js';

/** The contacts staff look through, optionally one account's or matching a text (provider staff). */
export async function listContacts(
  options: Pick<ContactsDeps, 'contacts'> & { actor: Actor; query: ContactQuery },
): Promise<Contact[]> {
  authorise(options.actor, 'contacts.read');
  return options.contacts.list(options.query);
}
