/**
 * The anonymisation log: one line per anonymised subject, with no personal data in it (ids, the
 * pseudonym, when, who, why). It is kept outside the database (a JSON-lines file beside the
 * backups), so that after a backup is restored the anonymisations made since are re-applied:
 * {@link replaySelection} says which, in order. Sequence numbers are contiguous from 1, so a
 * missing or reordered line is noticed before anything is replayed.
 */
import { z } from 'zod';
import { invalidInput } from '../errors.js';
import { contactError } from './errors.js';

/** One anonymisation, as logged. */
export interface AnonymisationLogEntry {
  readonly sequence: number;
  readonly contactId: string;
  readonly userId: string | null;
  readonly pseudonym: string;
  readonly at: number;
  /** The user who asked; null for the retention job. */
  readonly actorId: string | null;
  readonly basis: 'request' | 'retention';
}

const entrySchema = z.strictObject({
  sequence: z.number().int().positive(),
  contactId: z.string().min(1).max(200),
  userId: z.string().min(1).max(200).nullable(),
  pseudonym: z.string().regex(/^[A-Z][A-Z0-9-]{3,39}$/),
  at: z.number().int().nonnegative(),
  actorId: z.string().min(1).max(200).nullable(),
  basis: z.enum(['request', 'retention']),
});

/** The next entry for `log`, numbered after its last line. */
export function nextLogEntry(
  log: readonly AnonymisationLogEntry[],
  entry: Omit<AnonymisationLogEntry, 'sequence'>,
): AnonymisationLogEntry {
  return { sequence: (log.at(-1)?.sequence ?? 0) + 1, ...entry };
}

/** The log as JSON lines (one entry a line, in order, ending with a newline). */
export function serialiseLog(log: readonly AnonymisationLogEntry[]): string {
  return log.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

/**
 * Reads a JSON-lines log: invalid_input at `line N.<field>` for a bad line, `log_out_of_sequence`
 * when sequence numbers are not 1, 2, 3 … (a line lost or moved). Blank lines are skipped.
 */
export function parseLog(text: string): AnonymisationLogEntry[] {
  const entries: AnonymisationLogEntry[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const where = `line ${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw invalidInput(where, 'is not JSON');
    }
    const parsed = entrySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw invalidInput(`${where}.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'invalid');
    }
    const expected = entries.length + 1;
    if (parsed.data.sequence !== expected) {
      throw contactError(
        'log_out_of_sequence',
        { line: index + 1, expected, found: parsed.data.sequence },
        `${where}: expected sequence ${expected}, found ${parsed.data.sequence}`,
        where,
      );
    }
    entries.push(parsed.data);
  }
  return entries;
}

/** What a restored database says about a logged contact. */
export type RestoredState = 'active' | 'anonymised' | 'absent';

/**
 * The entries to re-apply after a restore, in log order: those whose contact is active again in
 * the restored data. Contacts already anonymised there (the backup is newer) or absent (created
 * after the backup) need nothing, so replaying twice changes nothing.
 */
export function replaySelection(
  log: readonly AnonymisationLogEntry[],
  stateOf: (contactId: string) => RestoredState,
): AnonymisationLogEntry[] {
  return log.filter((entry) => stateOf(entry.contactId) === 'active');
}

/**
 * Refuses a log file that disagrees with the database's log: an entry of the same number for
 * another contact or pseudonym (`log_disagrees`, naming the number) — the file of another
 * installation, or a database that went on numbering without the file's last entries.
 */
export function assertLogsAgree(
  file: readonly AnonymisationLogEntry[],
  database: readonly AnonymisationLogEntry[],
): void {
  for (const [index, held] of database.entries()) {
    const logged = file[index];
    if (!logged) return;
    if (logged.contactId !== held.contactId || logged.pseudonym !== held.pseudonym) {
      throw contactError(
        'log_disagrees',
        { sequence: held.sequence, fileContact: logged.contactId, databaseContact: held.contactId },
        `the anonymisation log file and the database disagree at number ${held.sequence}`,
      );
    }
  }
}
