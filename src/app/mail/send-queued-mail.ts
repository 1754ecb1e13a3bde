import { outboundAllowance } from '../../domain/mail/rate-limit.js';
import { recordEvent } from '../shared/index.js';
import { mailRefused } from './events.js';
import type { MailDeps, OutgoingRecord } from './ports.js';

/** After this many attempts a message is marked failed, visible in the mail viewer. */
export const maxSendAttempts = 8;
/** An attempt still `sending` after this long was cut short (a crash): it is tried again. */
const staleAfterMs = 10 * 60_000;
const day = 24 * 60 * 60_000;

/** What one pass of the sender did. */
export interface SendReport {
  sent: number;
  held: number;
  deferred: number;
  failed: number;
}

/** The reply code when the SMTP server refused the message for good (5xx): retrying cannot help. */
function permanentRejection(error: unknown): number | null {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600 ? code : null;
}

/** The wait before attempt `attempts + 1`: 1, 2, 4 … minutes, at most an hour. */
function backoffMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/**
 * Sends the queued mail that is due. Each attempt is recorded before the message goes, so a
 * restart never starts a second attempt of a message the first is still sending; a retried
 * message keeps its Message-ID, so the reader's client shows one message. Automatic mail to an
 * address that has had too much of it waits (no ping-pong with a robot); a message the server
 * refuses for good (5xx) fails at once, recording `mail.refused` with it (a campaign counts it
 * bounced and suppresses the address); without an SMTP server
 * mail is held for the mail viewer. The documents a message carries are rendered as it goes.
 */
export async function sendQueuedMail(
  options: Pick<
    MailDeps,
    'clock' | 'ids' | 'outgoingMail' | 'transport' | 'attachments' | 'transact'
  > & {
    limit?: number;
    /** Messages in flight at once (a pooled transport's connections); 1 unless said. */
    concurrency?: number;
  },
): Promise<SendReport> {
  const now = options.clock.now();
  const claimed = await options.outgoingMail.claim(
    now,
    new Date(now.getTime() - staleAfterMs),
    options.limit ?? 50,
  );
  const report: SendReport = { sent: 0, held: 0, deferred: 0, failed: 0 };
  const waiting = [...claimed];
  const worker = async () => {
    for (let mail = waiting.shift(); mail; mail = waiting.shift()) {
      report[await sendOne(options, mail, now)]++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  return report;
}

async function sendOne(
  options: Pick<MailDeps, 'ids' | 'outgoingMail' | 'transport' | 'attachments' | 'transact'>,
  mail: OutgoingRecord,
  now: Date,
): Promise<keyof SendReport> {
  const { outgoingMail, transport } = options;
  if (transport === null) {
    await outgoingMail.settle(mail.id, { status: 'held' });
    return 'held';
  }
  if (mail.automatic) {
    const sent = await outgoingMail.automaticSentTo(mail.toAddress, new Date(now.getTime() - day));
    const allowance = outboundAllowance(
      sent.map((at) => at.getTime()),
      now.getTime(),
    );
    if (!allowance.allowed) {
      await outgoingMail.settle(mail.id, {
        status: 'queued',
        sendAfter: new Date(now.getTime() + allowance.retryAfterMs),
        lastError: 'rate_limited',
      });
      return 'deferred';
    }
  }
  try {
    const files = await Promise.all(
      mail.attachments.map((ref) =>
        ref.kind === 'file'
          ? { ...ref, content: Buffer.from(ref.content, 'utf8') }
          : options.attachments(ref, mail.language),
      ),
    );
    await transport(mail, files);
    await outgoingMail.settle(mail.id, { status: 'sent', sentAt: now, lastError: null });
    return 'sent';
  } catch (error) {
    const lastError = error instanceof Error ? error.message : String(error);
    const code = permanentRejection(error);
    if (code !== null) {
      await options.transact(async (tx) => {
        await tx.outgoingMail.settle(mail.id, { status: 'failed', lastError });
        const refused = { outgoingId: mail.id, code, reply: lastError };
        await recordEvent(tx, options.ids, now, mailRefused, refused);
      });
      return 'failed';
    }
    if (mail.attempts >= maxSendAttempts) {
      await outgoingMail.settle(mail.id, { status: 'failed', lastError });
      return 'failed';
    }
    await outgoingMail.settle(mail.id, {
      status: 'queued',
      sendAfter: new Date(now.getTime() + backoffMs(mail.attempts)),
      lastError,
    });
    return 'deferred';
  }
}
