#!/usr/bin/env node
import { type CommandSpec, parseCommandLine, usage } from '../cli/command-line.js';
import { DataDirLockedError } from '../store/data-dir-lock.js';
import { migrateToLatest } from '../store/migrate.js';
import { ConfigError, loadConfig } from './config.js';
import { openConfiguredDatabase } from './database.js';
import { startServer } from './server.js';
import { version } from './version.js';

const commands: CommandSpec[] = [
  { words: ['serve'], summary: 'run the HTTP server (migrates first)', options: {} },
  { words: ['migrate'], summary: 'bring the database schema to the latest version', options: {} },
];

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv, commands);
  switch (parsed.kind) {
    case 'help':
      process.stdout.write(`${usage(commands)}\n`);
      return 0;
    case 'version':
      process.stdout.write(`${version}\n`);
      return 0;
    case 'usage_error':
      process.stderr.write(`pacta: ${parsed.message}\n\n${usage(commands)}\n`);
      return 2;
    case 'command':
      return run(parsed.name);
  }
}

async function run(name: string): Promise<number> {
  const config = loadConfig(process.env);
  if (name === 'migrate') {
    const database = await openConfiguredDatabase(config);
    try {
      const applied = await migrateToLatest(database.db);
      process.stdout.write(
        applied.length ? `applied: ${applied.join(', ')}\n` : 'already up to date\n',
      );
      return 0;
    } finally {
      await database.close();
    }
  }
  const server = await startServer(config);
  const shutdown = () => {
    void server.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DataDirLockedError;
    process.stderr.write(
      `pacta: ${known ? (error as Error).message : String((error as Error).stack ?? error)}\n`,
    );
    process.exitCode = 1;
  },
);
