/**
 * Group commit: the works handed to a grouped `transact` while its lanes are busy wait, then
 * run one after another in a single transaction, so many small changes share one BEGIN/COMMIT
 * and one connection. Each caller is still answered only once its own work has committed; if
 * the shared transaction fails (one bad work rolls it back), every work of the group runs again
 * alone, so each gets its own outcome and one bad change never fails the others.
 */
import type { Transact } from './ports.js';

interface Waiting<Tx> {
  work: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** How a grouped `transact` groups: transactions at once, and works per transaction. */
export interface GroupOptions {
  /** Transactions under way at once; a work waits while all of them are busy (default 2). */
  lanes?: number;
  /** Works in one transaction at most (default 32). */
  maxGroup?: number;
}

/**
 * A `transact` over `transact` that commits concurrent works together (see the module's note).
 * Works must be safe to run again (they write only through `tx`, as every use-case does).
 */
export function groupCommit<Tx>(transact: Transact<Tx>, options: GroupOptions = {}): Transact<Tx> {
  const lanes = options.lanes ?? 2;
  const maxGroup = options.maxGroup ?? 32;
  const queue: Waiting<Tx>[] = [];
  let busy = 0;
  const alone = (waiting: Waiting<Tx>) =>
    transact(waiting.work).then(waiting.resolve, waiting.reject);
  const together = async (group: Waiting<Tx>[]) => {
    const first = group[0];
    if (group.length === 1 && first) return alone(first);
    let results: unknown[];
    try {
      results = await transact(async (tx) => {
        const done: unknown[] = [];
        for (const { work } of group) done.push(await work(tx));
        return done;
      });
    } catch {
      for (const waiting of group) await alone(waiting);
      return;
    }
    for (const [index, waiting] of group.entries()) waiting.resolve(results[index]);
  };
  const drain = async () => {
    busy++;
    try {
      while (queue.length > 0) await together(queue.splice(0, maxGroup));
    } finally {
      busy--;
    }
  };
  return <T>(work: (tx: Tx) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (busy < lanes) void drain();
    });
}
