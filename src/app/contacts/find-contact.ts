import type { Contact } from '../../domain/contacts/index.js';
import { DomainError } from '../../domain/errors.js';
import type { ContactReader } from './ports.js';

/** The contact with `id`, or `not_found`. */
export async function findContact(
  contacts: Pick<ContactReader, 'find'>,
  id: string,
): Promise<Contact> {
  const contact = await contacts.find(id);
  if (contact === undefined) throw new DomainError('not_found', 'no such contact');
  return contact;
}
