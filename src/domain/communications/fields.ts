/**
 * The values of one recipient's personalisation fields, from their contact record and what the
 * app knows around it: the account's name, the CSM who signs, the unsubscribe link, and the
 * salutation — which the app renders in the recipient's language from
 * {@link salutationMessage} (Spanish salutations agree in gender: "Estimada Sra. Pérez").
 */
import {
  type Contact,
  companyFieldSchemas,
  displayName,
  fieldValue,
  personFieldSchemas,
} from '../contacts/index.js';
import type { FieldValues } from './personalisation.js';

/** What the app adds to a contact's own data. */
export interface PersonalisationContext {
  /** The salutation rendered from {@link salutationMessage} in the recipient's language. */
  readonly salutation: string;
  readonly accountName: string | null;
  /** The customer-success manager who signs; null when the account has none. */
  readonly csm: { readonly name: string; readonly signature: string } | null;
  readonly unsubscribeUrl: string;
}

/** The catalog key and parameters of a contact's salutation. */
export function salutationMessage(contact: Contact): {
  readonly key:
    | 'communications.salutation.mr'
    | 'communications.salutation.ms'
    | 'communications.salutation.plain';
  readonly params: { readonly name: string };
} {
  if (contact.kind === 'person' && contact.salutation !== null && contact.familyName !== '') {
    return {
      key: `communications.salutation.${contact.salutation}`,
      params: { name: contact.familyName },
    };
  }
  const name = contact.kind === 'person' ? contact.givenName : displayName(contact);
  return { key: 'communications.salutation.plain', params: { name } };
}

/** Every field value of a recipient, `contact.<field>` for each of the contact's fields. */
export function fieldValues(contact: Contact, context: PersonalisationContext): FieldValues {
  const names = Object.keys(contact.kind === 'person' ? personFieldSchemas : companyFieldSchemas);
  const values: Record<string, string | null> = {
    salutation: context.salutation,
    name: displayName(contact),
    givenName: contact.kind === 'person' ? contact.givenName : null,
    familyName: contact.kind === 'person' ? contact.familyName : null,
    email: contact.email,
    'account.name': context.accountName,
    'csm.name': context.csm?.name ?? null,
    'csm.signature': context.csm?.signature ?? null,
    unsubscribeUrl: context.unsubscribeUrl,
  };
  for (const name of names) values[`contact.${name}`] = fieldValue(contact, name);
  for (const [name, value] of Object.entries(contact.custom))
    values[`contact.custom.${name}`] = value;
  return values;
}
