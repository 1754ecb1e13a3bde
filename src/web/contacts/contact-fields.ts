/** Which fields a contact of each kind shows and can have corrected, in the order shown. */
import type { Contact } from '../api/contacts.js';

const personFields = [
  'salutation',
  'givenName',
  'familyName',
  'email',
  'phone',
  'language',
  'country',
  'jobTitle',
] as const;
const companyFields = [
  'name',
  'email',
  'phone',
  'language',
  'country',
  'taxId',
  'website',
] as const;

/** A built-in field of either kind. */
export type ContactField = (typeof personFields)[number] | (typeof companyFields)[number];

/** The built-in fields of `contact`'s kind. */
export function fieldsOf(contact: Contact): readonly ContactField[] {
  return contact.kind === 'person' ? personFields : companyFields;
}

/** A field's current value as text (`custom.<name>` for custom fields); empty when unset. */
export function fieldText(contact: Contact, field: string): string {
  if (field.startsWith('custom.')) return contact.custom[field.slice('custom.'.length)] ?? '';
  return (contact[field as ContactField] as string | null) ?? '';
}
