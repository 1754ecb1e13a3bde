import type { FastifyInstance } from 'fastify';
import { buildApp } from '../http/app.js';
import type { DatabaseHandle } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import type { Config } from './config.js';
import { openConfiguredDatabase } from './database.js';
import { version } from './version.js';

/** A running server and how to stop it cleanly. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly database: DatabaseHandle;
  stop(): Promise<void>;
}

/** Opens the database, migrates it, and serves HTTP on the configured port. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config);
  try {
    await migrateToLatest(database.db);
    const app = await buildApp({
      version,
      logLevel: config.LOG_LEVEL,
      ping: () => database.ping(),
    });
    await app.listen({ port: config.PORT, host: config.HOST });
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= app.close().finally(() => database.close());
      return stopping;
    };
    return { app, database, stop };
  } catch (error) {
    await database.close();
    throw error;
  }
}
