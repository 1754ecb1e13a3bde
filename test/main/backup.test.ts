import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';

import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseLog } from '../../src/domain/contacts/index.js';
import { type DatabaseHandle, openEmbedded, openPostgres } from '../../src/store/database.js';
import { demoUserByRole } from '../support/demo.js';
import { adminStatement } from '../support/engines.js';
import { freePort } from '../support/ports.js';
import { isHealthy, spawnTs, waitFor } from '../support/processes.js';

const cli = 'src/main/cli.ts';
const dir = mkdtempSync(join(tmpdir(), 'pacta-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one `pacta` command to its end; answers its exit code and output. */
async function pacta(args: string[], env: Record<string, string>) {
  const child = spawnTs(cli, args, env);
  const code = await child.exited;
  return { code, output: child.output() };
}

/** A demo installation made by `pacta serve` itself (migrations, demo seed, job queue), then stopped. */
async function installDemo(env: Record<string, string>): Promise<void> {
  const port = await freePort();
  const server = spawnTs(cli, ['serve'], { ...env, PORT: String(port) });
  await waitFor('the demo server to be healthy', () => isHealthy(port), 170_000, server.output);
  server.process.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

/** Every row of every table in every non-system schema, and every sequence's position. */
async function contents(database: DatabaseHandle): Promise<Map<string, string[]>> {
  const tables = await sql<{ schema: string; name: string }>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
    order by 1, 2`.execute(database.db);
  const all = new Map<string, string[]>();
  for (const { schema, name } of tables.rows) {
    const rows = await sql<{ row: string }>`
      select to_jsonb(t)::text as row from ${sql.table(`${schema}.${name}`)} t`.execute(
      database.db,
    );
    all.set(`${schema}.${name}`, rows.rows.map((r) => r.row).sort());
  }
  const sequences = await sql<{ row: string }>`
    select schemaname || '.' || sequencename || '=' || coalesce(last_value::text, '-') as row
    from pg_sequences`.execute(database.db);
  all.set('sequences', sequences.rows.map((r) => r.row).sort());
  return all;
}

async function expectSameContents(source: DatabaseHandle, restored: DatabaseHandle) {
  const before = await contents(source);
  const after = await contents(restored);
  expect([...after.keys()]).toEqual([...before.keys()]);
  for (const [table, rows] of before) expect(after.get(table), table).toEqual(rows);
  // Not vacuous: the demo installation fills many tables, the job queue's schema included.
  const filled = [...before.entries()].filter(([, rows]) => rows.length > 0).map(([t]) => t);
  expect(filled.length).toBeGreaterThan(15);
  expect(filled.some((table) => table.startsWith('pgboss.'))).toBe(true);
  expect(before.get('public.ledger_entries')?.length ?? 0).toBeGreaterThan(0);
}

/** `pacta backup` from one installation, `pacta restore` into another, then every table compared. */
async function expectRoundTrip(
  file: string,
  sourceEnv: Record<string, string>,
  targetEnv: Record<string, string>,
  open: () => Promise<DatabaseHandle[]>,
) {
  const backup = await pacta(['backup', file], sourceEnv);
  expect(backup, backup.output).toMatchObject({ code: 0 });
  const restore = await pacta(['restore', file], targetEnv);
  expect(restore, restore.output).toMatchObject({ code: 0 });
  const [original, restored] = await open();
  if (!original || !restored) throw new Error('both databases must open');
  try {
    await expectSameContents(original, restored);
  } finally {
    await original.close();
    await restored.close();
  }
}

describe('backup and restore of the embedded database', () => {
  const source = join(dir, 'source');
  const file = join(dir, 'embedded.backup');
  beforeAll(() => installDemo({ DATA_DIR: source }), 240_000);

  it('a backup restored into an empty DATA_DIR holds every table row for row', async () => {
    const target = join(dir, 'restored');
    await expectRoundTrip(file, { DATA_DIR: source }, { DATA_DIR: target }, () =>
      Promise.all([openEmbedded(source), openEmbedded(target)]),
    );
  }, 240_000);

  it('restore refuses a DATA_DIR that already holds a database, and overwrites nothing', async () => {
    const refused = await pacta(['restore', file], { DATA_DIR: source });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/already holds a database: restore into an empty DATA_DIR/);
  }, 240_000);

  it('backup and restore refuse what is not theirs, each with a clear message', async () => {
    const empty = await pacta(['backup', join(dir, 'none.backup')], {
      DATA_DIR: join(dir, 'nothing-here'),
    });
    expect(empty.code).toBe(1);
    expect(empty.output).toMatch(/there is no embedded database in/);
    const junk = join(dir, 'junk.backup');
    writeFileSync(junk, 'not a backup');
    const notBackup = await pacta(['restore', junk], { DATA_DIR: join(dir, 'empty') });
    expect(notBackup.output).toMatch(/is not a Pacta backup/);
    const noFile = await pacta(['restore'], { DATA_DIR: join(dir, 'empty') });
    expect(noFile.code).toBe(2);
    expect(noFile.output).toMatch(/missing argument: FILE/);
  }, 240_000);
});

describe('the anonymisation log outlives a restore (issue 17)', () => {
  const source = join(dir, 'anonymising');
  const log = join(dir, 'anonymisation-log.jsonl');
  const file = join(dir, 'before-anonymising.backup');
  const demoAdmin = { email: demoUserByRole.provider_admin, password: 'pacta-demo-2026' };

  /** Serves `env`, signs the demo admin in, runs `work` with a fetch carrying the session, stops. */
  async function withServer(
    env: Record<string, string>,
    work: (call: (path: string, init?: RequestInit) => Promise<Response>) => Promise<void>,
  ) {
    const port = await freePort();
    const server = spawnTs(cli, ['serve'], { ...env, PORT: String(port) });
    try {
      await waitFor('the server to be healthy', () => isHealthy(port), 170_000, server.output);
      const base = `http://127.0.0.1:${port}`;
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(demoAdmin),
      });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const headers = { cookie, 'content-type': 'application/json' };
      await work((path, init = {}) => fetch(`${base}${path}`, { ...init, headers }));
    } finally {
      server.process.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }

  it('an anonymisation made after a backup is re-applied when the backup is restored', async () => {
    const env = { DATA_DIR: source, PACTA_ANONYMISATION_LOG: log };
    await installDemo(env);
    const backup = await pacta(['backup', file], env);
    expect(backup, backup.output).toMatchObject({ code: 0 });
    let contactId = '';
    let pseudonym = '';
    await withServer(env, async (call) => {
      const found = await call(
        `/api/contacts?q=${encodeURIComponent(demoUserByRole.client_requester)}`,
      );
      contactId = (await found.json())[0].id;
      const erased = await call(`/api/contacts/${contactId}/anonymisation`, {
        method: 'POST',
        body: JSON.stringify({ confirm: true }),
      });
      expect(erased.status).toBe(200);
      pseudonym = (await erased.json()).contact.pseudonym;
    });
    expect(parseLog(readFileSync(log, 'utf8'))).toMatchObject([
      { sequence: 1, contactId, pseudonym },
    ]);

    const target = {
      DATA_DIR: join(dir, 'restored-before-anonymising'),
      PACTA_ANONYMISATION_LOG: log,
    };
    const restore = await pacta(['restore', file], target);
    expect(restore, restore.output).toMatchObject({ code: 0 });
    await withServer(target, async (call) => {
      const contact = await (await call(`/api/contacts/${contactId}`)).json();
      expect(contact.contact).toMatchObject({ state: 'anonymised', pseudonym, email: null });
    });
    const restored = await openEmbedded(target.DATA_DIR);
    try {
      const rows = await sql<{ n: string }>`select count(*) as n from anonymisation_log`.execute(
        restored.db,
      );
      expect(rows.rows[0]?.n).toBe('1');
    } finally {
      await restored.close();
    }
  }, 400_000);
});

const postgresUrl = inject('postgresUrl');
const missing = inject('postgresMissing');

describe.skipIf(missing !== null)(
  'backup and restore on PostgreSQL (pg_dump custom format)',
  () => {
    const created: string[] = [];
    const file = join(dir, 'postgres.backup');
    let sourceUrl = '';

    const admin = (statement: string) => adminStatement(postgresUrl ?? '', statement);
    async function createDatabase(): Promise<string> {
      const name = `pacta_backup_${randomBytes(6).toString('hex')}`;
      await admin(`create database ${name}`);
      created.push(name);
      const url = new URL(postgresUrl ?? '');
      url.pathname = `/${name}`;
      return url.toString();
    }

    beforeAll(async () => {
      sourceUrl = await createDatabase();
      await installDemo({ DATABASE_URL: sourceUrl });
    }, 240_000);
    afterAll(async () => {
      for (const name of created) await admin(`drop database if exists ${name} with (force)`);
    });

    it('a backup restored into an empty database holds every table row for row', async () => {
      const targetUrl = await createDatabase();
      await expectRoundTrip(file, { DATABASE_URL: sourceUrl }, { DATABASE_URL: targetUrl }, () =>
        Promise.resolve([openPostgres(sourceUrl, 1), openPostgres(targetUrl, 1)]),
      );
    }, 240_000);

    it('restore refuses a database that already holds tables, and a backup of the other engine', async () => {
      const refused = await pacta(['restore', file], { DATABASE_URL: sourceUrl });
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/already holds \d+ tables: restore into an empty database/);
      const wrongEngine = await pacta(['restore', file], { DATA_DIR: join(dir, 'empty-pg') });
      expect(wrongEngine.code).toBe(1);
      expect(wrongEngine.output).toMatch(
        /is a backup of the PostgreSQL database: restore it with DATABASE_URL/,
      );
    }, 240_000);
  },
);
