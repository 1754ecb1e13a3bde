/**
 * Contacts (seed 003: "Gestión distintos tipos de Contactos (Personas, Empresas)"): everyone the
 * provider deals with — requesters, mail senders, campaign recipients — whether or not they sign
 * in. A person may work for a company contact and belong to an organisation (the client or
 * partner account); a sign-in user is a person contact with a `userId`. Fields are plain
 * values; `custom` holds any further field a campaign may personalise with.
 */
import { z } from 'zod';
import { invalidInput } from '../errors.js';

/** People and companies. */
export const contactKinds = ['person', 'company'] as const;
/** One of {@link contactKinds}. */
export type ContactKind = (typeof contactKinds)[number];

/** How a person is addressed (seed 003, "Trato (Sr. / Sra.)"); null: by first name only. */
export const salutations = ['mr', 'ms'] as const;
/** One of {@link salutations}. */
export type Salutation = (typeof salutations)[number];

/** The languages Pacta writes to contacts in. */
export const contactLanguages = ['es', 'en'] as const;
/** One of {@link contactLanguages}. */
export type ContactLanguage = (typeof contactLanguages)[number];

/** `active`, or `anonymised` for good (right to erasure). */
export type ContactState = 'active' | 'anonymised';

/** What people and companies share. */
interface ContactBase {
  readonly id: string;
  /** The account (client, partner or provider organisation) the contact belongs to, if any. */
  readonly organisationId: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly language: ContactLanguage;
  /** ISO 3166-1 alpha-2 (CL, CO, ES, MX …). */
  readonly country: string | null;
  /** Further fields by name (`custom.<name>` when rectified or personalised). */
  readonly custom: Readonly<Record<string, string>>;
  readonly state: ContactState;
  /** Set when anonymised: the name the contact's records are shown under from then on. */
  readonly pseudonym: string | null;
}

/** A person. */
export interface PersonContact extends ContactBase {
  readonly kind: 'person';
  readonly givenName: string;
  readonly familyName: string;
  readonly salutation: Salutation | null;
  readonly jobTitle: string | null;
  /** The company contact the person works for. */
  readonly companyId: string | null;
  /** The sign-in user this person is, if they sign in. */
  readonly userId: string | null;
}

/** A company. */
export interface CompanyContact extends ContactBase {
  readonly kind: 'company';
  readonly name: string;
  readonly taxId: string | null;
  readonly website: string | null;
}

/** A person or a company. */
export type Contact = PersonContact | CompanyContact;

const text = (max: number) => z.string().trim().min(1).max(max);
const optional = <T extends z.ZodType>(schema: T) => schema.nullable();

/** zod schema of each field a person's data can be set or rectified through. */
export const personFieldSchemas = {
  givenName: text(100),
  familyName: z.string().trim().max(100),
  salutation: optional(z.enum(salutations)),
  email: optional(z.string().trim().toLowerCase().pipe(z.email().max(254))),
  phone: optional(
    z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{6,24}$/, 'expected a phone number'),
  ),
  language: z.enum(contactLanguages),
  country: optional(z.string().regex(/^[A-Z]{2}$/, 'expected an ISO country code like CL')),
  jobTitle: optional(text(100)),
  companyId: optional(text(200)),
} as const;

/** zod schema of each field a company's data can be set or rectified through. */
export const companyFieldSchemas = {
  name: text(200),
  email: personFieldSchemas.email,
  phone: personFieldSchemas.phone,
  language: personFieldSchemas.language,
  country: personFieldSchemas.country,
  taxId: optional(text(40)),
  website: optional(z.url().max(300)),
} as const;

/** A custom field's name: a letter, then letters, digits or underscores. */
export const customFieldName = /^[a-z][a-zA-Z0-9_]{0,39}$/;
const customValue = z.string().trim().max(500);

/** The schema of field `field` of a `kind` contact (`custom.<name>` included), or null if none. */
export function fieldSchema(kind: ContactKind, field: string): z.ZodType | null {
  if (field.startsWith('custom.')) {
    return customFieldName.test(field.slice('custom.'.length)) ? customValue.nullable() : null;
  }
  const schemas: Readonly<Record<string, z.ZodType>> =
    kind === 'person' ? personFieldSchemas : companyFieldSchemas;
  return Object.hasOwn(schemas, field) ? (schemas[field] ?? null) : null;
}

/** Validates one field's new value, failing with invalid_input at `path`. */
export function parseField(kind: ContactKind, field: string, value: unknown, path: string) {
  const schema = fieldSchema(kind, field);
  if (schema === null) throw invalidInput(path, `a ${kind} has no field "${field}"`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(path, parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data as string | null;
}

/** A field's current value (`custom.<name>` included); null when unset. */
export function fieldValue(contact: Contact, field: string): string | null {
  if (field.startsWith('custom.')) return contact.custom[field.slice('custom.'.length)] ?? null;
  const value = (contact as unknown as Readonly<Record<string, unknown>>)[field];
  return typeof value === 'string' ? value : null;
}

/** The name a contact is shown under: the pseudonym once anonymised. */
export function displayName(contact: Contact): string {
  if (contact.pseudonym !== null) return contact.pseudonym;
  if (contact.kind === 'company') return contact.name;
  return `${contact.givenName} ${contact.familyName}`.trim();
}

/** Both kinds in one flat shape (the other kind's fields null), as a row or an API answer holds it. */
export function flattenContact(contact: Contact) {
  const person = contact.kind === 'person' ? contact : null;
  const company = contact.kind === 'company' ? contact : null;
  return {
    id: contact.id,
    kind: contact.kind,
    organisationId: contact.organisationId,
    givenName: person?.givenName ?? null,
    familyName: person?.familyName ?? null,
    name: company?.name ?? null,
    salutation: person?.salutation ?? null,
    email: contact.email,
    phone: contact.phone,
    language: contact.language,
    country: contact.country,
    jobTitle: person?.jobTitle ?? null,
    companyId: person?.companyId ?? null,
    userId: person?.userId ?? null,
    taxId: company?.taxId ?? null,
    website: company?.website ?? null,
    custom: { ...contact.custom },
    state: contact.state,
    pseudonym: contact.pseudonym,
  };
}
