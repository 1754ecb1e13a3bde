import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Raised when another live process already holds the embedded database directory. */
export class DataDirLockedError extends Error {
  override readonly name = 'DataDirLockedError';
}

/** The held lock; `release` is idempotent. */
export interface DataDirLock {
  release(): void;
}

const lockFileName = 'pacta.lock';

/**
 * Makes the embedded database single-writer: PGlite has no lock of its own, so two processes on
 * one directory would corrupt it. A lock left by a dead process (kill -9, power loss) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let held = true;
      return {
        release() {
          if (!held) return;
          held = false;
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const holder = readHolder(path);
      if (holder !== undefined && isAlive(holder)) {
        throw new DataDirLockedError(
          `the data directory ${dataDir} is in use by another Pacta process (pid ${holder}); ` +
            'the embedded database allows one process at a time — stop it, or use DATABASE_URL for several nodes',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DataDirLockedError(`could not lock ${path}: another process keeps re-creating it`);
}

function readHolder(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isAlreadyExists(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'EEXIST';
}
