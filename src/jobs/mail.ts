import { z } from 'zod';
import {
  type MailboxWatcher,
  type MailDeps,
  mailPassSize,
  type PendingReport,
  pollMailboxes,
  processPendingMail,
  sendQueuedMail,
} from '../app/mail/index.js';
import type { JobDefinition, JobLog } from './job.js';

const emptyPayload = z.object({}).strict();

/**
 * Runs `work` when nudged, never twice at once: a nudge while it runs makes it run once more
 * after, so a burst of nudges (every accepted message) costs one run at a time.
 */
export function coalescing(work: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      await work();
    } while (again);
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = loop().finally(() => {
      running = null;
    });
    return running;
  };
}

/**
 * Passes over the stored mail that has no fate yet until a pass finds less than a full one, so a
 * backlog (a burst faster than processing, or what a crash left) never waits for the next minute.
 */
export async function drainPendingMail(deps: MailDeps & { log: JobLog }): Promise<void> {
  let report: PendingReport;
  do {
    report = await processPendingMail(deps);
    if (report.failed > 0) deps.log.error({ ...report }, 'mail not processed');
  } while (report.processed + report.failed >= mailPassSize);
}

/**
 * Processes stored mail that has no fate yet, every minute: the messages a crash left between
 * receipt and processing (the listener nudges processing itself after each message it stores).
 */
export function processMailJob(
  deps: MailDeps & { log: JobLog; run?: () => Promise<void> },
): JobDefinition<typeof emptyPayload> {
  return {
    name: 'process-mail',
    payload: emptyPayload,
    cron: '* * * * *',
    policy: 'stately',
    async handler() {
      return (deps.run ?? (() => drainPendingMail(deps)))();
    },
  };
}

/** Sends queued mail that is due, every minute (retries and notices waiting for opening hours). */
export function sendMailJob(deps: MailDeps & { log: JobLog }): JobDefinition<typeof emptyPayload> {
  return {
    name: 'send-mail',
    payload: emptyPayload,
    cron: '* * * * *',
    policy: 'stately',
    async handler() {
      const report = await sendQueuedMail(deps);
      if (report.failed + report.deferred > 0) deps.log.error({ ...report }, 'mail not sent');
      else if (report.sent + report.held > 0) deps.log.info({ ...report }, 'mail sent');
    },
  };
}

/**
 * Polls the IMAP mailboxes configured in the app, every minute: each message is stored through
 * the same accept path as SMTP, then flagged or moved; `onAccepted` nudges processing. The
 * `watcher`'s IDLE connections are first brought in line with the settings, and the mailboxes
 * they read are not polled.
 */
export function pollMailboxesJob(
  deps: MailDeps & { log: JobLog; onAccepted?: () => void; watcher?: MailboxWatcher },
): JobDefinition<typeof emptyPayload> {
  return {
    name: 'poll-mailboxes',
    payload: emptyPayload,
    cron: '* * * * *',
    policy: 'stately',
    async handler() {
      const { watcher } = deps;
      await watcher?.sync().catch((err) => deps.log.error({ err }, 'mailboxes not watched'));
      const polls = await pollMailboxes({ ...deps, skip: watcher?.watching });
      for (const poll of polls) {
        if (poll.error) deps.log.error({ ...poll }, 'mailbox not fully read');
        else if (poll.accepted > 0) deps.log.info({ ...poll }, 'mailbox read');
      }
    },
  };
}
