/**
 * Runs one parsed `pacta` command: the part of the command line that needs the server's modules,
 * loaded by src/main/cli.ts only once a command is asked for.
 */
import { runClosePeriodCommand } from '../cli/close-period-command.js';
import { runUserCommand } from '../cli/user-commands.js';
import { DomainError } from '../domain/errors.js';
import {
  BackupError,
  type BackupTarget,
  backupDatabase,
  restoreDatabase,
} from '../store/backup.js';
import { DataDirLockedError } from '../store/data-dir-lock.js';
import { openStore } from '../store/index.js';
import { migrateToLatest } from '../store/migrate.js';
import { AnonymisationLogError } from './anonymisation-log.js';
import { composeModules } from './compose.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { openConfiguredDatabase } from './database.js';
import { startServer, systemClock, systemIds } from './server.js';

/** A server asked to stop exits by then, whatever still runs (HTTP grace, then jobs' own bound). */
const shutdownDeadlineMs = 45_000;

type Values = Record<string, string | boolean | undefined>;

const restoreReminder =
  'before the first start, point PACTA_ANONYMISATION_LOG at the anonymisation log file of the installation this backup came from: its anonymisations since the backup are re-applied at start';

/** Runs `name` and answers its exit code; a refusal is printed to stderr, not thrown. */
export async function runCommand(
  name: string,
  values: Values,
  print: (line: string) => void,
): Promise<number> {
  try {
    await run(name, values, print);
    return 0;
  } catch (error) {
    const failure = describeFailure(error);
    process.stderr.write(`pacta: ${failure.message}\n`);
    return failure.code;
  }
}

async function run(name: string, values: Values, print: (line: string) => void): Promise<void> {
  const config = loadConfig(process.env);
  if (name === 'serve') return serve(config);
  if (name === 'backup' || name === 'restore') {
    const file = String(values.file);
    if (name === 'backup') await backupDatabase(backupTarget(config), file);
    else await restoreDatabase(backupTarget(config), file);
    print(name === 'backup' ? `backup written to ${file}` : `restored ${file}`);
    if (name === 'restore') print(restoreReminder);
    return;
  }
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrateToLatest(database.db);
    const modules = composeModules(openStore(database.db), systemClock, systemIds);
    if (name === 'migrate')
      print(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date');
    else if (name === 'close-period') await runClosePeriodCommand(values, modules.contracts, print);
    else await runUserCommand(name, values, modules.identity, print);
  } finally {
    await database.close();
  }
}

async function serve(config: Config): Promise<void> {
  const server = await startServer(config);
  // pg-boss 10 does not await the query that marks a job done; a database blip there must be
  // logged, not take the whole server down.
  process.on('unhandledRejection', (reason) =>
    server.app.log.error({ err: reason }, 'unhandled rejection'),
  );
  const shutdown = () => {
    // Whatever still runs past the bound (a job ignoring its abort) must not keep the process.
    setTimeout(() => process.exit(1), shutdownDeadlineMs).unref();
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

function backupTarget(config: Config): BackupTarget {
  return config.DATABASE_URL
    ? { engine: 'postgres', url: config.DATABASE_URL }
    : { engine: 'pglite', dataDir: config.DATA_DIR };
}

function describeFailure(error: unknown): { message: string; code: number } {
  if (error instanceof DomainError) {
    return { message: error.path ? `${error.path}: ${error.message}` : error.message, code: 2 };
  }
  if (
    error instanceof AnonymisationLogError ||
    error instanceof ConfigError ||
    error instanceof DataDirLockedError ||
    error instanceof BackupError
  )
    return { message: error.message, code: 1 };
  return { message: String((error as Error).stack ?? error), code: 1 };
}
