/**
 * The anonymisation log's file (issue 17): the database's log mirrored, line for line, to a
 * JSON-lines file kept outside the database (beside the backups), so that the anonymisations made
 * after a backup can be re-applied once it is restored (at the next start, `src/main/anonymisation-log.ts`).
 */
import { mkdir, open, readFile, stat, truncate } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AnonymisationLogRepository } from '../app/contacts/index.js';
import { type AnonymisationLogEntry, parseLog, serialiseLog } from '../domain/contacts/index.js';

/** The bytes of the file at `path` up to its last complete line (none when there is no file yet). */
async function wholeLines(path: string): Promise<Buffer> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  });
  return bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1);
}

/** Whether the log file at `path` exists. */
export async function logFileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * The entries of the log file at `path`, checked and in order; none when there is no file yet.
 * A last line cut short (a crash while appending) is not read: the database still has it.
 */
export async function readLogFile(path: string): Promise<AnonymisationLogEntry[]> {
  return parseLog((await wholeLines(path)).toString('utf8'));
}

/**
 * Appends to the file at `path` the database's entries it lacks (numbered after its last line),
 * flushed to disk before it answers; answers how many it appended. Run one at a time per file.
 */
export async function syncLogFile(
  path: string,
  log: Pick<AnonymisationLogRepository, 'after'>,
): Promise<number> {
  const whole = await wholeLines(path);
  const last = parseLog(whole.toString('utf8')).at(-1)?.sequence ?? 0;
  const missing = await log.after(last);
  if (missing.length === 0) return 0;
  await mkdir(dirname(path), { recursive: true });
  // a line cut short by a crash is written again whole
  await truncate(path, whole.length).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  const file = await open(path, 'a', 0o600);
  try {
    await file.appendFile(serialiseLog(missing));
    await file.sync();
  } finally {
    await file.close();
  }
  return missing.length;
}
