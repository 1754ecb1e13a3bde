/**
 * Access and erasure derived from every module's stored-data declarations (seed 003: "accesibilidad …
 * anonimización"). An export step per declared personal table, so an access request returns
 * everything held; and an anonymisation plan: the changes, table by table, that replace a
 * subject's personal data by a pseudonym, empty their attachments and delete their sessions —
 * while the rows themselves (tickets, their SLA events, time entries, ledger entries) keep their
 * ids, numbers and figures, now shown under the pseudonym. The plan is data; the store runs it
 * in one transaction. It is final: there is no plan that undoes it.
 */
import { invalidInput } from '../errors.js';
import { type Contact, displayName } from './contact.js';
import { contactError } from './errors.js';
import {
  type AnonymiseAction,
  type Locator,
  locatorHolds,
  type StoredData,
} from './personal-data.js';
import { redacted } from './trace.js';

/** What an access export reads from one table: the subject's rows, minus credentials. */
export interface ExportStep {
  readonly table: string;
  readonly locate: readonly Locator[];
  /** Columns never exported (password and token hashes). */
  readonly omit: readonly string[];
}

/** The export steps of the declarations: one per table holding personal data. */
export function exportPlan(declarations: readonly StoredData[]): ExportStep[] {
  return declarations.flatMap(({ table, subject }) =>
    subject === undefined ? [] : [{ table, locate: subject.locate, omit: subject.secret ?? [] }],
  );
}

/**
 * Who is erased: the contact, the user it signs in as (if any), the pseudonym it gets, and the
 * names and addresses it went by (what `pseudonymise_values` looks for in JSON columns).
 */
export interface ErasureTarget {
  readonly contactId: string;
  readonly userId: string | null;
  readonly pseudonym: string;
  readonly names: readonly string[];
  readonly emails: readonly string[];
}

/** A value an erasure step writes: the JSON empty list stands for removed attachments. */
export type ErasedValue = string | number | boolean | null | readonly [];

/** One table's change: its located rows deleted, or their personal columns rewritten. */
export type ErasureStep =
  | {
      readonly table: string;
      readonly locate: readonly Locator[];
      readonly action: 'delete';
    }
  | {
      readonly table: string;
      readonly locate: readonly Locator[];
      readonly action: 'update';
      readonly set: Readonly<Record<string, ErasedValue>>;
      /** Columns whose listed files are deleted before they are emptied. */
      readonly removeFilesFrom: readonly string[];
      /** JSON columns whose strings equal to a plan's replacement `from` become its `to`. */
      readonly replaceIn: readonly string[];
    };

/** A whole JSON string value replaced by another. */
export interface Replacement {
  readonly from: string;
  readonly to: string;
}

/** The whole anonymisation of one subject. */
export interface AnonymisationPlan {
  readonly target: ErasureTarget;
  readonly steps: readonly ErasureStep[];
  /** What `pseudonymise_values` columns replace: the target's names and addresses. */
  readonly replacements: readonly Replacement[];
}

/**
 * The target of `contact`'s erasure under `pseudonym`: its ids, and the names and addresses it
 * had — its own, and those of the `user` it signs in as (a meeting names its users by them).
 */
export function erasureTarget(
  contact: Contact,
  pseudonym: string,
  user?: { readonly name: string; readonly email: string },
): ErasureTarget {
  const person = contact.kind === 'person' ? contact : null;
  return {
    contactId: contact.id,
    userId: person?.userId ?? null,
    pseudonym,
    names: [displayName(contact), ...(user ? [user.name] : [])],
    emails: [...(contact.email === null ? [] : [contact.email]), ...(user ? [user.email] : [])],
  };
}

/** Keys whose string values name a person in a kept JSON record (`name`, `email`, `byName`, `owner`). */
const personKeys = /(name|email|owner)$/i;

const comparable = (value: string) => value.normalize('NFC').trim().toLocaleLowerCase('und');

/**
 * `json` with every string under a person's key (see `personKeys`) that equals a replacement's
 * `from` — whatever its case, accents composed alike — made its `to`; keys, other values
 * (statuses, agenda, minutes' text) and structure as they were.
 */
export function pseudonymiseValues(json: unknown, replacements: readonly Replacement[]): unknown {
  const swap = new Map(replacements.map(({ from, to }) => [comparable(from), to]));
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      return personKeys.test(key) ? (swap.get(comparable(value)) ?? value) : value;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(json, '');
}

const pseudonymPattern = /^[A-Z][A-Z0-9-]{3,39}$/;

/** The pseudonym made from a random id (given, never minted here): `ANON-` and 8 characters. */
export function pseudonymFrom(randomId: string): string {
  const letters = randomId.replace(/[^0-9a-zA-Z]/g, '').toUpperCase();
  if (letters.length < 8) throw invalidInput('randomId', 'needs at least 8 letters or digits');
  return `ANON-${letters.slice(0, 8)}`;
}

/** The address that replaces an email: unique per pseudonym and never deliverable (RFC 2606). */
export function pseudonymEmail(pseudonym: string): string {
  return `${pseudonym.toLowerCase()}@anonymised.invalid`;
}

function erasedValue(action: AnonymiseAction, pseudonym: string): ErasedValue | undefined {
  switch (action.kind) {
    case 'pseudonym':
      return pseudonym;
    case 'pseudonym_email':
      return pseudonymEmail(pseudonym);
    case 'clear':
      return null;
    case 'redact':
      return redacted;
    case 'remove_attachments':
      return [];
    case 'set':
      return action.value;
    case 'keep':
    case 'retain':
    case 'pseudonymise_values':
      return undefined;
  }
}

/** The anonymisation plan of `target` (locators needing a missing user id are skipped). */
export function planAnonymisation(
  declarations: readonly StoredData[],
  target: ErasureTarget,
): AnonymisationPlan {
  if (!pseudonymPattern.test(target.pseudonym)) {
    throw invalidInput(
      'pseudonym',
      'expected upper-case letters, digits and hyphens, like ANON-7F3A2C1D',
    );
  }
  const steps: ErasureStep[] = [];
  const replacements = replacementsOf(target);
  for (const { table, subject } of declarations) {
    if (subject === undefined) continue;
    const locate = subject.locate.filter(
      (locator) => locatorHolds(locator) === 'contact' || target.userId !== null,
    );
    if (locate.length === 0) continue;
    if (subject.erasure === 'delete') {
      steps.push({ table, locate, action: 'delete' });
      continue;
    }
    const actions = Object.entries(subject.erasure);
    const set: Record<string, ErasedValue> = {};
    for (const [column, action] of actions) {
      const value = erasedValue(action, target.pseudonym);
      if (value !== undefined) set[column] = value;
    }
    const columnsDoing = (kind: AnonymiseAction['kind']) =>
      actions.filter(([, action]) => action.kind === kind).map(([column]) => column);
    const removeFilesFrom = columnsDoing('remove_attachments');
    const replaceIn = replacements.length === 0 ? [] : columnsDoing('pseudonymise_values');
    if (Object.keys(set).length > 0 || replaceIn.length > 0) {
      steps.push({ table, locate, action: 'update', set, removeFilesFrom, replaceIn });
    }
  }
  return { target, steps, replacements };
}

/** The target's names to its pseudonym and its addresses to the pseudonym's, blanks left out. */
function replacementsOf(target: ErasureTarget): Replacement[] {
  const distinct = (values: readonly string[]) =>
    [...new Set(values.map((value) => value.trim()))].filter((value) => value !== '');
  return [
    ...distinct(target.names).map((from) => ({ from, to: target.pseudonym })),
    ...distinct(target.emails).map((from) => ({ from, to: pseudonymEmail(target.pseudonym) })),
  ];
}

/**
 * The contact record itself anonymised: names replaced by the pseudonym, contact details,
 * custom fields and job title cleared; language, country and organisation kept (they identify
 * no one and keep aggregate figures right). Final: an anonymised contact is refused.
 */
export function anonymiseContact(contact: Contact, pseudonym: string): Contact {
  if (contact.state === 'anonymised') {
    throw contactError('contact_anonymised', { contactId: contact.id }, 'contact is anonymised');
  }
  const common = { email: null, phone: null, custom: {}, state: 'anonymised' as const, pseudonym };
  if (contact.kind === 'company') {
    return { ...contact, ...common, name: pseudonym, taxId: null, website: null };
  }
  return {
    ...contact,
    ...common,
    givenName: pseudonym,
    familyName: '',
    salutation: null,
    jobTitle: null,
  };
}
