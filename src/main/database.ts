import { type DatabaseHandle, openEmbedded, openPostgres } from '../store/database.js';
import type { Config } from './config.js';

/** The database the configuration names: PostgreSQL with DATABASE_URL, else embedded PGlite in DATA_DIR. */
export async function openConfiguredDatabase(config: Config): Promise<DatabaseHandle> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openEmbedded(config.DATA_DIR);
}
