/** Contacts between their rows and the domain's values. */
import type { Insertable, Selectable } from 'kysely';
import { type Contact, flattenContact } from '../../domain/contacts/index.js';
import type { ContactsTable } from './tables.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a text can be a contact's id (anything else is simply not found). */
export function isUuid(id: string): boolean {
  return uuidPattern.test(id);
}

function customOf(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** A row as a contact. */
export function toContact(row: Selectable<ContactsTable>): Contact {
  const common = {
    id: row.id,
    organisationId: row.organisation_id,
    email: row.email,
    phone: row.phone,
    language: row.language,
    country: row.country,
    custom: customOf(row.custom),
    state: row.state,
    pseudonym: row.pseudonym,
  };
  if (row.kind === 'company') {
    return {
      ...common,
      kind: 'company',
      name: row.name ?? '',
      taxId: row.tax_id,
      website: row.website,
    };
  }
  return {
    ...common,
    kind: 'person',
    givenName: row.given_name ?? '',
    familyName: row.family_name ?? '',
    salutation: row.salutation,
    jobTitle: row.job_title,
    companyId: row.company_id,
    userId: row.user_id,
  };
}

/** A contact as its row. */
export function contactRow(contact: Contact): Insertable<ContactsTable> {
  const flat = flattenContact(contact);
  return {
    id: flat.id,
    kind: flat.kind,
    organisation_id: flat.organisationId,
    given_name: flat.givenName,
    family_name: flat.familyName,
    name: flat.name,
    salutation: flat.salutation,
    email: flat.email,
    phone: flat.phone,
    language: flat.language,
    country: flat.country,
    job_title: flat.jobTitle,
    company_id: flat.companyId,
    user_id: flat.userId,
    tax_id: flat.taxId,
    website: flat.website,
    custom: JSON.stringify(flat.custom),
    state: flat.state,
    pseudonym: flat.pseudonym,
  };
}
