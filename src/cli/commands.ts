/**
 * Every `pacta` command as data: its words, summary and flags. Kept apart from the code that runs
 * them so `pacta --help` and `--version` load this file and nothing of the server.
 */
import type { CommandSpec } from './command-line.js';

/** The `pacta user …` commands and their flags. */
export const userCommandSpecs: CommandSpec[] = [
  {
    words: ['user', 'add'],
    summary:
      'add a user: --email --name --role --organisation NAME|ID [--password] [--locale es|en]',
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      organisation: { type: 'string' },
      password: { type: 'string' },
      locale: { type: 'string' },
    },
  },
  {
    words: ['user', 'list'],
    summary: 'list users: [--organisation NAME|ID]',
    options: { organisation: { type: 'string' } },
  },
  {
    words: ['user', 'reset-password'],
    summary: 'set a new password: --email [--password]; without one a random one is printed',
    options: { email: { type: 'string' }, password: { type: 'string' } },
  },
];

/** `pacta close-period`: close due hour-bank periods now instead of waiting for the hourly job. */
export const closePeriodCommandSpec: CommandSpec = {
  words: ['close-period'],
  summary: 'close every hour-bank period that has ended, now: [--contract ID]',
  options: { contract: { type: 'string' } },
};

/** `pacta backup` and `pacta restore`: the whole database to one file and back (README, Backups). */
export const backupCommandSpecs: CommandSpec[] = [
  {
    words: ['backup'],
    summary: 'write a backup of the whole database to FILE (embedded: stop the server first)',
    options: {},
    arguments: ['file'],
  },
  {
    words: ['restore'],
    summary: 'restore a backup FILE into an empty installation of the same engine',
    options: {},
    arguments: ['file'],
  },
];

/** The whole command line of `pacta`, in the order `--help` lists it. */
export const commands: CommandSpec[] = [
  { words: ['serve'], summary: 'run the HTTP server (migrates first)', options: {} },
  { words: ['migrate'], summary: 'bring the database schema to the latest version', options: {} },
  ...userCommandSpecs,
  closePeriodCommandSpec,
  ...backupCommandSpecs,
  {
    words: ['calendar', 'eval'],
    summary: 'evaluate calendar cases: JSON lines on stdin, one JSON line out per line',
    options: {},
  },
];
