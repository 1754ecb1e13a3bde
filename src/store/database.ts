import { PGlite } from '@electric-sql/pglite';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, sql } from 'kysely';
import pg from 'pg';
import { ConflictMappingDialect } from './conflicts.js';
import { lockDataDir } from './data-dir-lock.js';
import type { Tables } from './schema.js';

// Dates are local calendar dates in Pacta: never let pg turn them into a Date at local midnight.
const pgDateOid = 1082;
pg.types.setTypeParser(pgDateOid, (value: string) => value);

/** The typed query builder every repository receives. */
export type Db = Kysely<Tables>;

/** Which PostgreSQL is behind the pool: the same SQL runs on both. */
export type Engine = 'pglite' | 'postgres';

/** Connections of the pool: open, of which idle, the pool's bound, and queries waiting for one. */
export interface PoolUse {
  readonly total: number;
  readonly idle: number;
  readonly max: number;
  readonly waiting: number;
}

/** An open database with what the composition root needs to run and stop it. */
export interface DatabaseHandle {
  readonly db: Db;
  readonly engine: Engine;
  /** True when a trivial query answers within the timeout. */
  ping(timeoutMs?: number): Promise<boolean>;
  /** The connection pool's use right now, for metrics. */
  poolUse(): PoolUse;
  /** Closes the pool (and for PGlite the instance and its lock); safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens the embedded engine: PGlite persisted in `dataDir` (or in memory for tests), behind the
 * same `pg.Pool` interface as a real server, with a single connection because PGlite has one.
 */
export async function openEmbedded(dataDir: string | 'memory'): Promise<DatabaseHandle> {
  const lock = dataDir === 'memory' ? undefined : lockDataDir(dataDir);
  try {
    const pglite = await createPglite(dataDir === 'memory' ? undefined : embeddedPgdata(dataDir));
    const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
    return handle(pool, 'pglite', async () => {
      await pglite.close();
      lock?.release();
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** Where PGlite keeps its files inside `DATA_DIR` (beside Pacta's lock file). */
export function embeddedPgdata(dataDir: string): string {
  return `${dataDir}/pgdata`;
}

/**
 * A PGlite instance on `pgdata` (in memory without it), optionally unpacked from a data-directory
 * dump first (a restore). The caller holds the data directory's lock.
 */
export function createPglite(pgdata?: string, loadDataDir?: Blob): Promise<PGlite> {
  // Contrib extensions the migrations create (real PostgreSQL ships them in its contrib).
  const extensions = { unaccent };
  return PGlite.create(pgdata ? { dataDir: pgdata, extensions, loadDataDir } : { extensions });
}

/** Opens a real PostgreSQL (15 or newer) through a connection pool. */
export function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it and the next query reports failures.
  });
  return handle(pool, 'postgres', async () => {});
}

function handle(pool: pg.Pool, engine: Engine, afterPool: () => Promise<void>): DatabaseHandle {
  const db = new Kysely<Tables>({ dialect: new ConflictMappingDialect({ pool }) });
  let closing: Promise<void> | undefined;
  return {
    db,
    engine,
    async ping(timeoutMs = 2000) {
      const timeout = new Promise<false>((resolve) =>
        setTimeout(resolve, timeoutMs, false).unref(),
      );
      const query = sql`select 1`.execute(db).then(
        () => true,
        () => false,
      );
      return Promise.race([query, timeout]);
    },
    poolUse() {
      const { totalCount, idleCount, waitingCount, options } = pool;
      return { total: totalCount, idle: idleCount, max: options.max, waiting: waitingCount };
    },
    close() {
      closing ??= db.destroy().then(afterPool);
      return closing;
    },
  };
}
