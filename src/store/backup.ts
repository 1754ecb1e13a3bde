/**
 * Backups of either engine into one file, and their restore into an empty installation:
 * PGlite's data-directory dump (a gzipped tar) for the embedded database, `pg_dump`'s custom
 * format for PostgreSQL. Files are written beside their target and renamed into place, so a
 * failed backup never leaves a truncated file that looks like one.
 */
import { execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { createPglite, type Engine, embeddedPgdata } from './database.js';

/** Why a backup or restore was refused or failed, in words for the operator. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** Where the database is: the embedded one in a data directory, or a PostgreSQL server. */
export type BackupTarget =
  | { engine: 'pglite'; dataDir: string }
  | { engine: 'postgres'; url: string };

const run = promisify(execFile);

/** Which engine wrote a backup, from its first bytes (gzip for PGlite, `PGDMP` for pg_dump). */
export function backupEngine(head: Uint8Array): Engine | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (Buffer.from(head.subarray(0, 5)).toString('latin1') === 'PGDMP') return 'postgres';
  return undefined;
}

/** Writes a backup of the whole database (every schema, the job queue's included) to `file`. */
export async function backupDatabase(target: BackupTarget, file: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    if (target.engine === 'pglite') await dumpEmbedded(target.dataDir, partial);
    else await pgTool('pg_dump', ['--format=custom', `--file=${partial}`], target.url);
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** Restores `file` into an empty installation of the same engine; refuses anything else. */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`no backup file at ${file}`);
  const engine = backupEngine(readHead(file));
  if (engine === undefined) throw new BackupError(`${file} is not a Pacta backup`);
  if (engine !== target.engine) {
    const wanted = engine === 'pglite' ? 'DATA_DIR (without DATABASE_URL)' : 'DATABASE_URL';
    throw new BackupError(
      `${file} is a backup of the ${engineName(engine)} database: restore it with ${wanted}`,
    );
  }
  if (target.engine === 'pglite') await loadEmbedded(target.dataDir, file);
  else await restorePostgres(target.url, file);
}

async function dumpEmbedded(dataDir: string, file: string): Promise<void> {
  const pgdata = embeddedPgdata(dataDir);
  if (isEmptyDir(pgdata)) throw new BackupError(`there is no embedded database in ${dataDir}`);
  const lock = lockDataDir(dataDir);
  try {
    const pglite = await createPglite(pgdata);
    try {
      const dump = await pglite.dumpDataDir('gzip');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await pglite.close();
    }
  } finally {
    lock.release();
  }
}

async function loadEmbedded(dataDir: string, file: string): Promise<void> {
  const pgdata = embeddedPgdata(dataDir);
  if (!isEmptyDir(pgdata)) {
    throw new BackupError(
      `${dataDir} already holds a database: restore into an empty DATA_DIR (nothing is overwritten)`,
    );
  }
  const lock = lockDataDir(dataDir);
  try {
    const pglite = await createPglite(pgdata, new Blob([readFileSync(file)]));
    await pglite.query('select 1');
    await pglite.close();
  } catch (error) {
    rmSync(pgdata, { recursive: true, force: true });
    throw error;
  } finally {
    lock.release();
  }
}

async function restorePostgres(url: string, file: string): Promise<void> {
  const tables = await countUserTables(url);
  if (tables > 0) {
    throw new BackupError(
      `the database of DATABASE_URL already holds ${tables} tables: restore into an empty database (nothing is overwritten)`,
    );
  }
  await pgTool(
    'pg_restore',
    ['--exit-on-error', '--single-transaction', '--no-owner', '--no-privileges', file],
    url,
  );
}

async function countUserTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ tables: string }>(
      `select count(*) as tables from information_schema.tables
       where table_schema not in ('pg_catalog', 'information_schema')`,
    );
    return Number(result.rows[0]?.tables ?? 0);
  } finally {
    await client.end();
  }
}

/** Runs pg_dump or pg_restore on `url`, its password passed in the environment, not the argv. */
async function pgTool(tool: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const connection = new URL(url);
  const password = decodeURIComponent(connection.password);
  connection.password = '';
  const env = password ? { ...process.env, PGPASSWORD: password } : process.env;
  try {
    await run(tool, [...args, `--dbname=${connection.toString()}`], { env });
  } catch (error) {
    const failure = error as NodeJS.ErrnoException & { stderr?: string };
    if (failure.code === 'ENOENT') {
      throw new BackupError(
        `${tool} was not found on PATH: install PostgreSQL's client tools (Debian: postgresql-client)`,
      );
    }
    throw new BackupError(`${tool} failed: ${(failure.stderr ?? failure.message).trim()}`);
  }
}

function readHead(file: string): Uint8Array {
  const head = Buffer.alloc(8);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}

function isEmptyDir(path: string): boolean {
  return !existsSync(path) || readdirSync(path).length === 0;
}

function engineName(engine: Engine): string {
  return engine === 'pglite' ? 'embedded' : 'PostgreSQL';
}
