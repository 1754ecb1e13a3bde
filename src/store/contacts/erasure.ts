/**
 * Runs the contacts domain's access-export steps and anonymisation plans against the database,
 * whatever tables the modules declare: table and column names come from the declarations (never
 * from users) and go through Kysely's identifier quoting; ids are compared as text, so a locator
 * may join a text reference to a uuid key. The schema introspection for the coverage check lives
 * here too.
 */
import { type RawBuilder, sql } from 'kysely';
import {
  type AnonymisationPlan,
  type ErasedValue,
  type ExportStep,
  type Locator,
  pseudonymiseValues,
  type Replacement,
  type SchemaColumn,
} from '../../domain/contacts/index.js';
import type { Db } from '../database.js';

/** Whose rows: the contact and, if they sign in, their user. */
export interface Subject {
  readonly contactId: string;
  readonly userId: string | null;
}

/** The SQL condition finding a subject's rows, or null when no locator applies to it. */
function locate(locators: readonly Locator[], subject: Subject): RawBuilder<unknown> | null {
  const idOf = (holds: 'contact' | 'user') =>
    holds === 'contact' ? subject.contactId : subject.userId;
  const conditions = locators.flatMap((locator) => {
    const own = sql`cast(${sql.ref(locator.column)} as text)`;
    if (!('through' in locator)) {
      const id = idOf(locator.holds);
      if (id === null) return [];
      if (locator.json !== true) return [sql`${own} = ${id}`];
      // a top-level value, or an element of a top-level list (a meeting's invited user ids)
      return [
        sql`exists (select 1 from jsonb_each(${sql.ref(locator.column)}) as field
                    where field.value = to_jsonb(cast(${id} as text))
                       or (jsonb_typeof(field.value) = 'array'
                           and field.value @> jsonb_build_array(cast(${id} as text))))`,
      ];
    }
    const { table, key, column, holds } = locator.through;
    const id = idOf(holds);
    if (id === null) return [];
    return [
      sql`${own} in (select cast(${sql.ref(key)} as text) from ${sql.table(table)}
                     where cast(${sql.ref(column)} as text) = ${id})`,
    ];
  });
  return conditions.length === 0 ? null : sql`(${sql.join(conditions, sql` or `)})`;
}

/** One table's rows of a subject, as exported. */
export interface ExportedTable {
  readonly table: string;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** Everything held about a subject: every export step's rows, credentials left out. */
export async function exportSubject(
  db: Db,
  steps: readonly ExportStep[],
  subject: Subject,
): Promise<ExportedTable[]> {
  const exported: ExportedTable[] = [];
  for (const step of steps) {
    const where = locate(step.locate, subject);
    const result =
      where === null
        ? { rows: [] }
        : await sql<
            Record<string, unknown>
          >`select * from ${sql.table(step.table)} where ${where}`.execute(db);
    const rows = result.rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([column]) => !step.omit.includes(column))),
    );
    exported.push({ table: step.table, rows });
  }
  return exported;
}

function sqlValue(value: ErasedValue): RawBuilder<unknown> {
  return Array.isArray(value) ? sql`'[]'::jsonb` : sql`${value}`;
}

/** Rewrites a JSON column of the located rows through `pseudonymiseValues`; answers rows changed. */
async function pseudonymiseColumn(
  db: Db,
  table: string,
  column: string,
  where: RawBuilder<unknown>,
  replacements: readonly Replacement[],
): Promise<number> {
  const found = await sql<{ row: string; value: unknown }>`
    select cast(ctid as text) as row, ${sql.ref(column)} as value from ${sql.table(table)}
    where ${where} for update`.execute(db);
  let changed = 0;
  for (const { row, value } of found.rows) {
    const next = JSON.stringify(pseudonymiseValues(value, replacements));
    if (next === JSON.stringify(value)) continue;
    await sql`update ${sql.table(table)} set ${sql.ref(column)} = cast(${next} as jsonb)
              where ctid = cast(${row} as tid)`.execute(db);
    changed++;
  }
  return changed;
}

/** What one step did: rows touched, and the attachment lists it emptied (their files to delete). */
export interface ErasureResult {
  readonly table: string;
  readonly rows: number;
  readonly removedAttachments: readonly unknown[];
}

/**
 * Runs an anonymisation plan; call it inside the transaction that also records the anonymisation
 * (trace, log line, audit). Running it again changes nothing more.
 */
export async function runAnonymisation(db: Db, plan: AnonymisationPlan): Promise<ErasureResult[]> {
  const results: ErasureResult[] = [];
  for (const step of plan.steps) {
    const where = locate(step.locate, plan.target);
    if (where === null) continue;
    const table = sql.table(step.table);
    if (step.action === 'delete') {
      const deleted = await sql`delete from ${table} where ${where}`.execute(db);
      results.push({
        table: step.table,
        rows: Number(deleted.numAffectedRows ?? 0),
        removedAttachments: [],
      });
      continue;
    }
    const removedAttachments: unknown[] = [];
    for (const column of step.removeFilesFrom) {
      const found = await sql<{
        files: unknown;
      }>`select ${sql.ref(column)} as files from ${table} where ${where}`.execute(db);
      for (const row of found.rows) {
        if (Array.isArray(row.files)) removedAttachments.push(...row.files);
      }
    }
    const assignments = Object.entries(step.set).map(
      ([column, value]) => sql`${sql.ref(column)} = ${sqlValue(value)}`,
    );
    const updated =
      assignments.length === 0
        ? 0
        : Number(
            (await sql`update ${table} set ${sql.join(assignments)} where ${where}`.execute(db))
              .numAffectedRows ?? 0,
          );
    let rewritten = 0;
    for (const column of step.replaceIn) {
      rewritten += await pseudonymiseColumn(db, step.table, column, where, plan.replacements);
    }
    results.push({ table: step.table, rows: Math.max(updated, rewritten), removedAttachments });
  }
  return results;
}

/** Every column of the current schema's tables, with the table a single-column foreign key references. */
export async function schemaColumns(db: Db): Promise<SchemaColumn[]> {
  const result = await sql<{ table: string; column: string; references: string | null }>`
    select cls.relname as table, att.attname as column, ref.relname as references
    from pg_attribute att
    join pg_class cls on cls.oid = att.attrelid
    join pg_namespace ns on ns.oid = cls.relnamespace
    left join pg_constraint con on con.conrelid = cls.oid and con.contype = 'f'
      and array_length(con.conkey, 1) = 1 and con.conkey[1] = att.attnum
    left join pg_class ref on ref.oid = con.confrelid
    where ns.nspname = current_schema() and cls.relkind in ('r', 'p')
      and att.attnum > 0 and not att.attisdropped
    order by cls.relname, att.attnum`.execute(db);
  return result.rows;
}
