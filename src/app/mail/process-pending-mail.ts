import type { Fate } from '../../domain/mail/fate.js';
import { standsAlone } from '../../domain/mail/threading.js';
import { groupCommit } from '../shared/index.js';
import { passReads } from './pass-reads.js';
import type { MailDeps } from './ports.js';
import { type OpenedMail, openStoredMail, processOpenedMail } from './process-mail.js';

/** After this many failed attempts a message stays unprocessed, its error shown to admins. */
export const maxProcessingAttempts = 10;

/** Messages one pass takes: what it reads once for all of them is at most one pass old. */
export const mailPassSize = 100;

/** Messages processed at once in a pass (each waits for the database most of its time). */
export const mailConcurrency = 4;

/** What one pass over the stored, unprocessed messages did. */
export interface PendingReport {
  processed: number;
  failed: number;
}

/** Runs at most `slots` tasks at once, in the order they ask. */
function slotsOf(slots: number): <T>(task: () => Promise<T>) => Promise<T> {
  let free = slots;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}

/**
 * Processes the stored messages that have no fate yet, oldest first: what the listener accepted
 * just now, and what a crash left between receipt and processing. Up to `concurrency` at once:
 * a message that stands alone (it names no ticket nor approval) runs beside the others, after
 * any earlier copy of its Message-ID; any other message runs after every earlier one, so a reply
 * finds the ticket its original opened. A message that fails is counted, its error kept, and
 * tried again on the next pass.
 */
export async function processPendingMail(
  options: MailDeps & {
    limit?: number;
    concurrency?: number;
    onFate?: (mailId: string, fate: Fate) => void;
  },
): Promise<PendingReport> {
  const pending = await options.mailMessages.pending(
    options.limit ?? mailPassSize,
    maxProcessingAttempts,
  );
  // the pass's settled messages commit in groups (group-commit.ts), each still on its own
  const deps = { ...passReads(options), transact: groupCommit(options.transact) };
  const concurrency = options.concurrency ?? mailConcurrency;
  const slot = slotsOf(concurrency);
  const report: PendingReport = { processed: 0, failed: 0 };
  const processOne = async (mailId: string, opening: Promise<OpenedMail | undefined>) => {
    try {
      const opened = await opening;
      const fate = opened ? await slot(() => processOpenedMail(deps, opened)) : null;
      if (fate) options.onFate?.(mailId, fate);
      report.processed++;
    } catch (error) {
      report.failed++;
      await options.mailMessages.recordFailure(
        mailId,
        error instanceof Error ? error.message : String(error),
      );
    }
  };
  const runs: Promise<void>[] = [];
  const lastOf = new Map<string, Promise<void>>();
  for (const [index, { id, messageId }] of pending.entries()) {
    // Read ahead by a few messages only: a pass never holds more than that many raw messages.
    const turn = runs[index - 2 * concurrency]?.catch(() => undefined);
    const opening = Promise.resolve(turn).then(() => slot(() => openStoredMail(deps, id)));
    const earlier = [...runs];
    const copy = messageId === '' ? undefined : lastOf.get(messageId);
    const run = opening
      .then(
        (opened) =>
          opened?.read != null && standsAlone(opened.read.inbound, options.settings.mailboxes),
        () => false,
      )
      .then((alone) => Promise.all(alone ? [copy] : earlier))
      .then(() => processOne(id, opening));
    runs.push(run);
    if (messageId !== '') lastOf.set(messageId, run);
  }
  await Promise.all(runs);
  return report;
}
