#!/usr/bin/env node
import { runCalendarEval } from '../cli/calendar-eval.js';
import { closePeriodCommandSpec, runClosePeriodCommand } from '../cli/close-period-command.js';
import { type CommandSpec, parseCommandLine, usage } from '../cli/command-line.js';
import { runUserCommand, userCommandSpecs } from '../cli/user-commands.js';
import { DomainError } from '../domain/errors.js';
import { DataDirLockedError } from '../store/data-dir-lock.js';
import { openStore } from '../store/index.js';
import { migrateToLatest } from '../store/migrate.js';
import { composeModules } from './compose.js';
import { ConfigError, loadConfig } from './config.js';
import { openConfiguredDatabase } from './database.js';
import { startServer, systemClock, systemIds } from './server.js';
import { version } from './version.js';

const commands: CommandSpec[] = [
  { words: ['serve'], summary: 'run the HTTP server (migrates first)', options: {} },
  { words: ['migrate'], summary: 'bring the database schema to the latest version', options: {} },
  ...userCommandSpecs,
  closePeriodCommandSpec,
  {
    words: ['calendar', 'eval'],
    summary: 'evaluate calendar cases: JSON lines on stdin, one JSON line out per line',
    options: {},
  },
];

/** A server asked to stop exits by then, whatever still runs (HTTP grace, then jobs' own bound). */
const shutdownDeadlineMs = 45_000;

const print = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, commands);
  switch (parsed.kind) {
    case 'help':
      print(usage(commands));
      return 0;
    case 'version':
      print(version);
      return 0;
    case 'usage_error':
      process.stderr.write(`pacta: ${parsed.message}\n\n${usage(commands)}\n`);
      return 2;
    case 'command':
      return run(parsed.name, parsed.values);
  }
}

async function run(
  name: string,
  values: Record<string, string | boolean | undefined>,
): Promise<number> {
  if (name === 'calendar eval') {
    await runCalendarEval(process.stdin, process.stdout);
    return 0;
  }
  const config = loadConfig(process.env);
  if (name === 'serve') {
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
    return 0;
  }
  const database = await openConfiguredDatabase(config);
  try {
    const applied = await migrateToLatest(database.db);
    const modules = composeModules(openStore(database.db), systemClock, systemIds);
    if (name === 'migrate')
      print(applied.length ? `applied: ${applied.join(', ')}` : 'already up to date');
    else if (name === 'close-period') await runClosePeriodCommand(values, modules.contracts, print);
    else await runUserCommand(name, values, modules.identity, print);
    return 0;
  } finally {
    await database.close();
  }
}

function describeFailure(error: unknown): { message: string; code: number } {
  if (error instanceof DomainError) {
    return { message: error.path ? `${error.path}: ${error.message}` : error.message, code: 2 };
  }
  if (error instanceof ConfigError || error instanceof DataDirLockedError)
    return { message: error.message, code: 1 };
  return { message: String((error as Error).stack ?? error), code: 1 };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const failure = describeFailure(error);
    process.stderr.write(`pacta: ${failure.message}\n`);
    process.exitCode = failure.code;
  },
);
