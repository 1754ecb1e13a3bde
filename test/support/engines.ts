import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import {
  type DatabaseHandle,
  type Engine,
  openEmbedded,
  openPostgres,
} from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';

/** A migrated, empty database of one engine, private to one describe block. */
export interface TestDatabase {
  readonly engine: Engine;
  readonly handle: DatabaseHandle;
}

/**
 * Runs the same store tests on both engines: PGlite in memory and real PostgreSQL (a fresh
 * database per block; `engines` narrows that for a test only one engine makes realistic). Without a server, the PostgreSQL block is skipped with its reason in the name.
 */
export function describeEachEngine(
  name: string,
  body: (database: () => TestDatabase) => void,
  engines: readonly Engine[] = ['pglite', 'postgres'],
) {
  const missing = inject('postgresMissing');
  for (const engine of engines) {
    const skipped = engine === 'postgres' && missing !== null;
    const title = skipped ? `${name} [postgres SKIPPED: ${missing}]` : `${name} [${engine}]`;
    (skipped ? describe.skip : describe)(title, () => {
      let current: TestDatabase | undefined;
      let dropDatabase = async () => {};
      beforeAll(async () => {
        const opened = engine === 'pglite' ? await embedded() : await createDatabase();
        current = { engine, handle: opened.handle };
        dropDatabase = opened.drop;
        await migrateToLatest(opened.handle.db);
      });
      afterAll(async () => {
        await current?.handle.close();
        await dropDatabase();
      });
      body(() => {
        if (!current)
          throw new Error('the test database is not open yet (use it inside tests/hooks)');
        return current;
      });
    });
  }
}

async function embedded(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  return { handle: await openEmbedded('memory'), drop: async () => {} };
}

async function createDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const url = inject('postgresUrl');
  if (!url) throw new Error('no PostgreSQL URL was provided');
  const name = `pacta_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(url, (client) => client.query(`create database ${name}`));
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  return {
    handle: openPostgres(dbUrl.toString()),
    drop: () =>
      withAdmin(url, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

/** Runs one statement on the PostgreSQL server at `url` (create or drop a database). */
export function adminStatement(url: string, statement: string): Promise<void> {
  return withAdmin(url, (client) => client.query(statement));
}

async function withAdmin(
  url: string,
  work: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
