/**
 * What each module stores about people (seed 003 "Gestión RGPD"). A module declares its tables
 * once, in its `stored-data.ts`, as {@link StoredData}: the columns with personal data and, for a
 * table that has some, how a data subject's rows are found and what erasure does with them.
 * Access exports and anonymisation plans are derived from these declarations;
 * {@link checkStoredData} keeps them sound, and {@link storedDataCoverage} checks them against
 * the real schema, so neither can miss a table or a column that looks personal.
 */
import { contactError } from './errors.js';

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
  /**
   * In a JSON column kept for what else it says (a meeting's agenda and minutes): every string
   * that is exactly one of the subject's names or addresses becomes the pseudonym (or its address).
   */
  | { readonly kind: 'pseudonymise_values' }
  /** A fixed value (`false` for a user's `active`). */
  | { readonly kind: 'set'; readonly value: string | number | boolean | null }
  /** Nothing: a person's id kept on purpose, since the row it points to is anonymised. */
  | { readonly kind: 'keep' }
  /** Nothing: personal data the provider must retain (an immutable issued document), and why. */
  | { readonly kind: 'retain'; readonly reason: string };

/** Which id a locating column holds: a contact's, or (until users are contacts) a user's. */
export type SubjectId = 'contact' | 'user';

/**
 * How a subject's rows are found: rows whose `column` holds the subject's id (with `json`, as a
 * top-level value of the JSON object in `column`, or an element of a top-level list); or, with `through`, rows whose `column` equals
 * the `key` of a row of `through.table` whose `through.column` holds the subject's id (a message
 * of a ticket the subject requested).
 */
export type Locator =
  | { readonly column: string; readonly holds: SubjectId; readonly json?: true }
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

/** A data subject's rows in one table: how they are found, what erasure does, what is never exported. */
export interface SubjectRows {
  readonly locate: readonly Locator[];
  /**
   * `delete` removes the subject's rows; otherwise what anonymisation writes into each personal
   * column (every one of them, `keep` for a person's id), and optionally into other columns with
   * `set` (a user's `active`).
   */
  readonly erasure: 'delete' | Readonly<Record<string, AnonymiseAction>>;
  /** Personal columns left out of access exports (password and token hashes). */
  readonly secret?: readonly string[];
}

/** One table a module stores, and the personal data in it. */
export interface StoredData {
  readonly table: string;
  /** Columns with personal data or a person's id; empty when the table holds none. */
  readonly personal: readonly string[];
  /** Required when `personal` is not empty. */
  readonly subject?: SubjectRows;
  /** Columns whose names look personal but whose content is not. */
  readonly notPersonal?: readonly NotPersonal[];
}

const personalNames =
  /(^|_)(name|email|phone|mobile|address|body|subject|note|notes|comment|description|ip|user_agent|attachments?|password|password_hash|token_hash|birth|birthday|tax_id|pseudonym|payload)($|_)/;
const personReferences =
  /(^|_)(user|contact|requester|author|actor|assignee|recipient)(_id)?$|^[a-z]+_by$/;

/**
 * Checks every module's declarations together: no table twice, no column twice; a table with
 * personal columns has a locator and an erasure, one without has neither; an anonymised table
 * says what happens to each personal column, keeps only people's ids, and clears its secrets.
 * Fails with `registry_conflict`.
 */
export function checkStoredData(declarations: readonly StoredData[]): void {
  const seen = new Set<string>();
  const fail = (table: string, problem: string) => {
    throw contactError('registry_conflict', { table, problem }, `${table}: ${problem}`);
  };
  for (const data of declarations) {
    if (seen.has(data.table)) fail(data.table, 'declared twice');
    seen.add(data.table);
    const columns = [...data.personal, ...(data.notPersonal ?? []).map((c) => c.column)];
    const twice = columns.find((column, index) => columns.indexOf(column) !== index);
    if (twice !== undefined) fail(data.table, `column ${twice} declared twice`);
    const { subject } = data;
    if (data.personal.length === 0) {
      if (subject !== undefined)
        fail(data.table, 'rows of a subject in a table without personal data');
      continue;
    }
    if (subject === undefined || subject.locate.length === 0) {
      fail(data.table, 'no locator finds its rows');
      continue;
    }
    const secret = subject.secret ?? [];
    const stray = secret.find((column) => !data.personal.includes(column));
    if (stray !== undefined) fail(data.table, `secret ${stray} is not a personal column`);
    if (subject.erasure === 'delete') continue;
    const actions = subject.erasure;
    for (const column of data.personal) {
      const action = actions[column];
      if (action === undefined) fail(data.table, `${column}: erasure does not say what to write`);
      if (action?.kind === 'keep' && secret.includes(column)) {
        fail(data.table, `${column}: a secret cannot be kept`);
      }
      const located = subject.locate.some((l) => l.column === column && 'json' in l);
      if (action?.kind === 'keep' && !personReferences.test(column) && !located) {
        fail(data.table, `${column}: only a person's id can be kept`);
      }
      if (action?.kind === 'retain' && action.reason.trim() === '') {
        fail(data.table, `${column}: retained without a reason`);
      }
    }
    for (const [column, action] of Object.entries(actions)) {
      if (!data.personal.includes(column) && action.kind !== 'set') {
        fail(data.table, `${column}: not personal, so erasure may only set it`);
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

/** Whether a column looks personal: by its name, or by referencing users or contacts. */
export function looksPersonal(column: SchemaColumn): boolean {
  return (
    personalNames.test(column.column) ||
    personReferences.test(column.column) ||
    column.references === 'users' ||
    column.references === 'contacts'
  );
}

/** What the declarations miss or get wrong about the schema (all empty: covered). */
export interface Coverage {
  /** Tables of the schema no module declared. */
  readonly undeclaredTables: readonly string[];
  /** `table.column` that look personal and are declared neither personal nor not personal. */
  readonly undeclaredColumns: readonly string[];
  /** `table` or `table.column` declared but absent from the schema. */
  readonly unknown: readonly string[];
}

/** Checks the declarations against the schema's columns (see the module comment). */
export function storedDataCoverage(
  declarations: readonly StoredData[],
  schema: readonly SchemaColumn[],
  ignoredTables: readonly string[] = [],
): Coverage {
  const declared = new Map(declarations.map((data) => [data.table, data]));
  const schemaTables = [...new Set(schema.map((c) => c.table))].filter(
    (table) => !ignoredTables.includes(table),
  );
  const columnsOf = (table: string) => {
    const data = declared.get(table);
    if (data === undefined) return [];
    const locating = (data.subject?.locate ?? []).map((l) => l.column);
    const set = data.subject?.erasure === 'delete' ? [] : Object.keys(data.subject?.erasure ?? {});
    const notPersonal = (data.notPersonal ?? []).map((c) => c.column);
    return [...new Set([...data.personal, ...locating, ...set, ...notPersonal])];
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
