/**
 * Personal-data declarations: each module says, in one place, which of its tables hold personal
 * data, how a data subject's rows are found, which columns are personal, and what export and
 * anonymisation do with them. Access exports and anonymisation plans are derived from the
 * registry of all declarations, and {@link registryCoverage} checks the registry against the real
 * schema, so neither can miss a table: every table must be declared (with personal columns, or
 * as holding none), and every column that looks personal must be declared either way.
 */
import { contactError } from './errors.js';

/** Kinds of personal columns, which decide what anonymisation may do with them. */
export type PersonalCategory =
  | 'identity'
  | 'contact_details'
  | 'free_text'
  | 'attachments'
  | 'network'
  | 'credential'
  /** The subject's id (or another person's): kept, since the row it points to is anonymised. */
  | 'reference'
  /** A flag or state that anonymisation sets (a user's `active`). */
  | 'account_state';

/** What anonymisation writes into a column. */
export type AnonymiseAction =
  /** The pseudonym (names). */
  | { readonly kind: 'pseudonym' }
  /** `<pseudonym>@anonymised.invalid`: unique and undeliverable (columns that must stay emails). */
  | { readonly kind: 'pseudonym_email' }
  /** null. */
  | { readonly kind: 'clear' }
  /** The redaction marker (free text that cannot be null). */
  | { readonly kind: 'redact' }
  /** An empty JSON list; the files it listed are deleted. */
  | { readonly kind: 'remove_attachments' }
  /** A fixed value (`false` for `active`). */
  | { readonly kind: 'set'; readonly value: string | number | boolean | null }
  /** Nothing: a reference kept on purpose. */
  | { readonly kind: 'keep' };

/** One personal column and what anonymisation does with it. */
export interface PersonalColumn {
  readonly column: string;
  readonly category: PersonalCategory;
  readonly anonymise: AnonymiseAction;
}

/** Which id a locating column holds: a contact's, or (until users are contacts) a user's. */
export type SubjectId = 'contact' | 'user';

/**
 * How a subject's rows are found: rows whose `column` holds the subject's id; or, with
 * `through`, rows whose `column` equals the `key` of a row of `through.table` whose
 * `through.column` holds the subject's id (a message of a ticket the subject requested).
 */
export type Locator =
  | { readonly column: string; readonly holds: SubjectId }
  | {
      readonly column: string;
      readonly through: {
        readonly table: string;
        readonly key: string;
        readonly column: string;
        readonly holds: SubjectId;
      };
    };

/** Which id a locator needs. */
export function locatorHolds(locator: Locator): SubjectId {
  return 'through' in locator ? locator.through.holds : locator.holds;
}

/** A column that looks personal but is not, and why (e.g. a company's name). */
export interface NotPersonal {
  readonly column: string;
  readonly reason: string;
}

/** A table with personal data. */
export interface PersonalTable {
  readonly table: string;
  /** A row belongs to the subject when any locator finds it. */
  readonly locate: readonly Locator[];
  readonly personal: readonly PersonalColumn[];
  readonly notPersonal?: readonly NotPersonal[];
  /** `anonymise` rewrites the personal columns; `delete` removes the subject's rows. */
  readonly onErasure: 'anonymise' | 'delete';
}

/** A table without personal data, and why. */
export interface TableWithoutPersonalData {
  readonly table: string;
  readonly none: string;
  readonly notPersonal?: readonly NotPersonal[];
}

/** One module's declaration. */
export interface PersonalDataDeclaration {
  readonly module: string;
  readonly tables: readonly (PersonalTable | TableWithoutPersonalData)[];
}

/** Whether a declared table holds personal data. */
export function holdsPersonalData(
  table: PersonalTable | TableWithoutPersonalData,
): table is PersonalTable {
  return !('none' in table);
}

const allowed: Readonly<Record<PersonalCategory, readonly AnonymiseAction['kind'][]>> = {
  identity: ['pseudonym', 'pseudonym_email', 'clear', 'redact'],
  contact_details: ['pseudonym_email', 'clear', 'redact'],
  free_text: ['redact', 'clear'],
  attachments: ['remove_attachments'],
  network: ['clear'],
  credential: ['clear'],
  reference: ['keep'],
  account_state: ['set'],
};

/**
 * Checks a registry: no table declared twice, no column twice, locators and actions that fit
 * (a credential is cleared, never kept; a reference is kept). Fails with `registry_conflict`.
 */
export function checkRegistry(registry: readonly PersonalDataDeclaration[]): void {
  const owners = new Map<string, string>();
  const fail = (table: string, problem: string) => {
    throw contactError('registry_conflict', { table, problem }, `${table}: ${problem}`);
  };
  for (const declaration of registry) {
    for (const table of declaration.tables) {
      const owner = owners.get(table.table);
      if (owner !== undefined) fail(table.table, `declared by ${owner} and ${declaration.module}`);
      owners.set(table.table, declaration.module);
      const columns = [
        ...(holdsPersonalData(table) ? table.personal.map((c) => c.column) : []),
        ...(table.notPersonal ?? []).map((c) => c.column),
      ];
      const twice = columns.find((column, index) => columns.indexOf(column) !== index);
      if (twice !== undefined) fail(table.table, `column ${twice} declared twice`);
      if (!holdsPersonalData(table)) continue;
      if (table.locate.length === 0) fail(table.table, 'no locator finds its rows');
      for (const column of table.personal) {
        if (!allowed[column.category].includes(column.anonymise.kind)) {
          fail(
            table.table,
            `${column.column}: ${column.category} cannot be ${column.anonymise.kind}`,
          );
        }
      }
    }
  }
}

/** One column of the real schema, with the table its foreign key references (if any). */
export interface SchemaColumn {
  readonly table: string;
  readonly column: string;
  readonly references: string | null;
}

const personalNames =
  /(^|_)(name|email|phone|mobile|address|body|subject|note|notes|comment|description|ip|user_agent|attachments?|password|password_hash|token_hash|birth|birthday|tax_id|pseudonym)($|_)/;
const personReferences =
  /(^|_)(user|contact|requester|author|actor|assignee|created_by|recipient)(_id)?$/;

/** Whether a column looks personal: by its name, or by referencing users or contacts. */
export function looksPersonal(column: SchemaColumn): boolean {
  return (
    personalNames.test(column.column) ||
    personReferences.test(column.column) ||
    column.references === 'users' ||
    column.references === 'contacts'
  );
}

/** What the registry misses or gets wrong about the schema (all empty: covered). */
export interface Coverage {
  /** Tables of the schema no module declared. */
  readonly undeclaredTables: readonly string[];
  /** `table.column` that look personal and are declared neither personal nor not personal. */
  readonly undeclaredColumns: readonly string[];
  /** `table` or `table.column` declared but absent from the schema. */
  readonly unknown: readonly string[];
}

/** Checks the registry against the schema's columns (see the module comment). */
export function registryCoverage(
  registry: readonly PersonalDataDeclaration[],
  schema: readonly SchemaColumn[],
  ignoredTables: readonly string[] = [],
): Coverage {
  const declared = new Map(registry.flatMap((d) => d.tables).map((t) => [t.table, t]));
  const schemaTables = [...new Set(schema.map((c) => c.table))].filter(
    (table) => !ignoredTables.includes(table),
  );
  const columnsOf = (table: string) => {
    const entry = declared.get(table);
    if (entry === undefined) return [];
    const personal = holdsPersonalData(entry)
      ? [...entry.personal.map((c) => c.column), ...entry.locate.map((l) => l.column)]
      : [];
    return [...personal, ...(entry.notPersonal ?? []).map((c) => c.column)];
  };
  const existing = new Set(schema.map((c) => `${c.table}.${c.column}`));
  return {
    undeclaredTables: schemaTables.filter((table) => !declared.has(table)).sort(),
    undeclaredColumns: schema
      .filter((c) => declared.has(c.table) && looksPersonal(c))
      .filter((c) => !columnsOf(c.table).includes(c.column))
      .map((c) => `${c.table}.${c.column}`)
      .sort(),
    unknown: [...declared.keys()]
      .flatMap((table) =>
        schemaTables.includes(table)
          ? columnsOf(table)
              .map((column) => `${table}.${column}`)
              .filter((name) => !existing.has(name))
          : [table],
      )
      .sort(),
  };
}
