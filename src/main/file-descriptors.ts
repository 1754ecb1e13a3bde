import { readFileSync } from 'node:fs';

/** File descriptors kept free for the database, logs, mail and files whatever the clients do. */
const margin = 256;

/**
 * How many client connections the server accepts at once: the process's soft limit on open files
 * (Linux `/proc/self/limits`) less a margin, so a flood of connections cannot starve the rest.
 * Undefined when the limit cannot be read (other systems) or is unlimited.
 */
export function connectionBudget(limitsFile = '/proc/self/limits'): number | undefined {
  try {
    const line = readFileSync(limitsFile, 'utf8')
      .split('\n')
      .find((row) => row.startsWith('Max open files'));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    return Number.isSafeInteger(soft) ? Math.max(32, soft - margin) : undefined;
  } catch {
    return undefined;
  }
}
