/**
 * IMAP IDLE where the server has it: one connection kept open per active mailbox, so that new
 * mail is stored within seconds instead of at the next minute's poll. A mailbox whose server has
 * no IDLE, or whose connection is down, is left to the poll (`pollMailboxes`, which skips the
 * mailboxes watched here). A lost connection is opened again after a backoff that doubles up to a
 * bound; `sync` follows the mailboxes' settings; `stop` closes every connection.
 */
import { acceptMail } from './accept-mail.js';
import type { MailboxRecord, MailboxWatchHandle } from './mailbox-ports.js';
import { connectionOf } from './poll-mailboxes.js';
import type { MailDeps } from './ports.js';

/** The IDLE connections of the desk's mailboxes. */
export interface MailboxWatcher {
  /**
   * Opens, reopens or closes connections to match the active mailboxes and their settings;
   * resolves once each new connection is open or has failed (its reconnection then scheduled).
   */
  sync(): Promise<void>;
  /** Whether a live IDLE connection reads this mailbox (the poll then leaves it alone). */
  watching(mailboxId: string): boolean;
  /** Closes every connection and cancels every pending reconnection. */
  stop(): Promise<void>;
}

/** How the watcher behaves. */
export interface WatcherOptions {
  /** How often a watched mailbox is also drained, should a push have been missed. */
  readonly pollIntervalMs: number;
  /** The wait before the first reconnection; it doubles after each failure, up to `maxMs`. */
  readonly backoff: { readonly firstMs: number; readonly maxMs: number };
  /** Told after a message was stored (the server then nudges processing). */
  readonly onAccepted?: () => void;
  /** Told when connecting, a pass or the connection failed. */
  readonly onError?: (mailboxId: string, error: unknown) => void;
}

interface Watch {
  readonly box: MailboxRecord;
  handle?: MailboxWatchHandle;
  opening?: Promise<void>;
  timer?: ReturnType<typeof setTimeout>;
  failures: number;
  ended: boolean;
}

/** A watcher of the mailboxes `options.mailboxes` lists; nothing is opened before `sync`. */
export function watchMailboxes(options: MailDeps & WatcherOptions): MailboxWatcher {
  const watches = new Map<string, Watch>();
  let stopped = false;

  const accept = (raw: Buffer, envelope: Parameters<typeof acceptMail>[0]['envelope']) =>
    acceptMail({ ...options, raw, envelope }).then(() => options.onAccepted?.());

  const record = (id: string, accepted: number, error: string | null) =>
    options.mailboxes
      .recordPoll(id, { at: options.clock.now(), accepted, error })
      .catch((failure: unknown) => options.onError?.(id, failure));

  const reconnectLater = (watch: Watch) => {
    if (stopped || watch.ended) return;
    const wait = Math.min(options.backoff.firstMs * 2 ** watch.failures, options.backoff.maxMs);
    watch.failures++;
    watch.timer = setTimeout(() => {
      watch.timer = undefined;
      watch.opening = open(watch);
    }, wait);
    watch.timer.unref?.();
  };

  const open = async (watch: Watch): Promise<void> => {
    const { box } = watch;
    try {
      const handle = await options.mailboxReader.watch(connectionOf(options, box), accept, {
        pollIntervalMs: options.pollIntervalMs,
        onDrained: (report) => {
          const error = report.failed > 0 ? `${report.failed} message(s) not stored` : null;
          if (report.accepted > 0 || error) void record(box.id, report.accepted, error);
        },
        onError: (error) => options.onError?.(box.id, error),
        onClosed: () => {
          watch.handle = undefined;
          reconnectLater(watch);
        },
      });
      if (stopped || watch.ended || !handle.idle) {
        await handle.stop();
        return;
      }
      watch.handle = handle;
      watch.failures = 0;
    } catch (error) {
      options.onError?.(box.id, error);
      reconnectLater(watch);
    }
  };

  const end = async (watch: Watch) => {
    watch.ended = true;
    clearTimeout(watch.timer);
    await watch.opening;
    await watch.handle?.stop();
    watch.handle = undefined;
  };

  return {
    async sync() {
      if (stopped) return;
      const active = (await options.mailboxes.list()).filter((box) => box.active);
      const wanted = new Map(active.map((box) => [box.id, box]));
      for (const [id, watch] of watches) {
        const box = wanted.get(id);
        if (box && box.updatedAt.getTime() === watch.box.updatedAt.getTime()) continue;
        watches.delete(id);
        await end(watch);
      }
      const openings: Promise<void>[] = [];
      for (const box of active) {
        if (watches.has(box.id) || stopped) continue;
        const watch: Watch = { box, failures: 0, ended: false };
        watches.set(box.id, watch);
        watch.opening = open(watch);
        openings.push(watch.opening);
      }
      await Promise.all(openings);
    },
    watching: (mailboxId) => watches.get(mailboxId)?.handle !== undefined,
    async stop() {
      stopped = true;
      const all = [...watches.values()];
      watches.clear();
      await Promise.all(all.map(end));
    },
  };
}
