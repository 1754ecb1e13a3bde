import {
  type Contact,
  type ContactKind,
  parseField,
  traceOf,
} from '../../domain/contacts/index.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, authorOf, type Origin, recordChange } from '../shared/index.js';
import type { ContactsDeps } from './ports.js';
import { appendTrace } from './trace.js';

/** A new contact as staff type it: its kind, account and fields by name (`custom.<name>` too). */
export interface ContactInput {
  readonly kind: ContactKind;
  readonly organisationId: string | null;
  readonly fields: Readonly<Record<string, unknown>>;
}

function field(input: ContactInput, name: string): string | null {
  if (!Object.hasOwn(input.fields, name)) return null;
  return parseField(input.kind, name, input.fields[name], `fields.${name}`);
}

function required(input: ContactInput, name: string): string {
  const value = field(input, name);
  if (value === null) throw invalidInput(`fields.${name}`, 'required');
  return value;
}

function customFields(input: ContactInput): Record<string, string> {
  const custom: Record<string, string> = {};
  for (const name of Object.keys(input.fields).filter((n) => n.startsWith('custom.'))) {
    const value = field(input, name);
    if (value !== null && value !== '') custom[name.slice('custom.'.length)] = value;
  }
  return custom;
}

function contactOf(id: string, input: ContactInput): Contact {
  // a field the kind does not have is refused, not silently dropped
  for (const name of Object.keys(input.fields)) field(input, name);
  const common = {
    id,
    organisationId: input.organisationId,
    email: field(input, 'email'),
    phone: field(input, 'phone'),
    language: (field(input, 'language') ?? 'es') as Contact['language'],
    country: field(input, 'country'),
    custom: customFields(input),
    state: 'active' as const,
    pseudonym: null,
  };
  if (input.kind === 'company') {
    return {
      ...common,
      kind: 'company',
      name: required(input, 'name'),
      taxId: field(input, 'taxId'),
      website: field(input, 'website'),
    };
  }
  return {
    ...common,
    kind: 'person',
    givenName: required(input, 'givenName'),
    familyName: field(input, 'familyName') ?? '',
    salutation: field(input, 'salutation') as 'mr' | 'ms' | null,
    jobTitle: field(input, 'jobTitle'),
    companyId: field(input, 'companyId'),
    userId: null,
  };
}

/**
 * Adds a person or company who does not sign in (provider staff): a client's marketing lead, a
 * company, a campaign recipient. Its account and company must exist; the trace starts with `created`.
 */
export async function createContact(
  options: Pick<ContactsDeps, 'clock' | 'ids' | 'contacts' | 'organisations' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    input: ContactInput;
  },
): Promise<Contact> {
  authorise(options.actor, 'contacts.manage');
  const at = options.clock.now();
  const contact = contactOf(options.ids.newId(), options.input);
  if (
    contact.organisationId !== null &&
    (await options.organisations.findById(contact.organisationId)) === undefined
  ) {
    throw new DomainError('not_found', 'no such organisation', 'organisationId');
  }
  if (contact.kind === 'person' && contact.companyId !== null) {
    const company = await options.contacts.find(contact.companyId);
    if (company?.kind !== 'company') {
      throw new DomainError('not_found', 'no such company contact', 'fields.companyId');
    }
  }
  return options.transact(async (tx) => {
    await tx.contacts.save(contact);
    const entry = traceOf(contact.id, 'created', at.getTime(), authorOf(options.actor));
    await appendTrace(tx.contacts, options.ids, [entry]);
    await recordChange(tx, { ...options, at, resourceType: 'contacts', resourceId: contact.id });
    return contact;
  });
}
