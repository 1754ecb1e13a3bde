/**
 * The anonymisation log file beside the database (issue 17, README "Backups"). At start, the
 * anonymisations it holds that the database lacks — a backup was restored — are re-applied before
 * the server answers; the file is then brought up to date with the database's log at start, as soon
 * as an anonymisation is dispatched, and every minute (what another node anonymised).
 */
import { join } from 'node:path';
import {
  type ContactsDeps,
  contactAnonymised,
  replayAnonymisations,
} from '../app/contacts/index.js';
import { type EventHandler, onEvent } from '../app/outbox/index.js';
import { startupOrigin } from '../app/shared/index.js';
import { DomainError } from '../domain/errors.js';
import { coalescing } from '../jobs/mail.js';
import { logFileExists, readLogFile, syncLogFile } from '../store/anonymisation-log-file.js';
import type { Config } from './config.js';

/** How often a node brings its log file up to date without being nudged. */
const syncEveryMs = 60_000;

/** Where the log file is: `PACTA_ANONYMISATION_LOG`, or `anonymisation-log.jsonl` in `DATA_DIR`. */
export function anonymisationLogPath(config: Config): string {
  return config.PACTA_ANONYMISATION_LOG ?? join(config.DATA_DIR, 'anonymisation-log.jsonl');
}

/** What the server does with the log file while it runs. */
export interface AnonymisationLogKeeper {
  /** Appends to the file what a dispatched `contacts.anonymised` logged. */
  readonly handler: EventHandler;
  /** Stops the minute's sync after a last one (a stopping server leaves the file complete). */
  stop(): Promise<void>;
}

interface Log {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

/** The log file could not be read or disagrees with the database: the server does not start. */
export class AnonymisationLogError extends Error {
  override readonly name = 'AnonymisationLogError';
}

/** Re-applies what the file at `path` holds that the database lacks; a refusal names the file. */
async function replayFile(path: string, contacts: ContactsDeps, log: Log): Promise<void> {
  if (!(await logFileExists(path))) {
    const held = await contacts.anonymisationLog.last();
    if (held > 0) {
      log.error(
        { path, held },
        'the anonymisation log file is missing: if this database was restored, stop and point PACTA_ANONYMISATION_LOG at the log of the installation it replaces',
      );
    }
    return;
  }
  try {
    const replay = await replayAnonymisations({
      ...contacts,
      log: await readLogFile(path),
      origin: startupOrigin('anonymisation-log replay'),
    });
    if (replay.replayed.length + replay.absent > 0) {
      log.info({ path, ...replay }, 'anonymisations since the restored backup re-applied');
    }
  } catch (error) {
    const reason = error instanceof DomainError && error.path ? `${error.path}: ` : '';
    throw new AnonymisationLogError(`${path}: ${reason}${(error as Error).message}`);
  }
}

/** Replays the file at `path` into the database, syncs it, and keeps it in sync (see the note). */
export async function keepAnonymisationLog(
  path: string,
  contacts: ContactsDeps,
  log: Log,
): Promise<AnonymisationLogKeeper> {
  await replayFile(path, contacts, log);
  const sync = coalescing(async () => {
    await syncLogFile(path, contacts.anonymisationLog);
  });
  await sync();
  const timer = setInterval(() => {
    sync().catch((err) => log.error({ err, path }, 'anonymisation log file not written'));
  }, syncEveryMs);
  timer.unref();
  return {
    handler: onEvent(contactAnonymised, 'contacts.log-file', () => sync()),
    async stop() {
      clearInterval(timer);
      await sync().catch((err) => log.error({ err, path }, 'anonymisation log file not written'));
    },
  };
}
