import { createHash } from 'node:crypto';
import { messageIdsIn } from '../../domain/mail/address.js';
import type { MailDeps, ReceivedEnvelope } from './ports.js';

/**
 * Stores a received message raw, before anything is decided about it: the SMTP listener answers
 * 250 (and a mailbox marks the message read) only once this has resolved, so nothing accepted is
 * lost. A second delivery of the same bytes with the same Message-ID is the same record.
 */
export async function acceptMail(
  options: Pick<MailDeps, 'clock' | 'ids' | 'mailMessages'> & {
    raw: Buffer;
    envelope: ReceivedEnvelope;
  },
): Promise<{ id: string; inserted: boolean }> {
  const { raw } = options;
  return options.mailMessages.insert({
    id: options.ids.newId(),
    receivedAt: options.clock.now(),
    envelope: options.envelope,
    raw,
    size: raw.length,
    digest: createHash('sha256').update(raw).digest('hex'),
    messageId: messageIdOf(raw),
  });
}

/** The Message-ID of a raw message (read from its header block, unfolded), `''` when it has none. */
export function messageIdOf(raw: Buffer): string {
  const text = raw.subarray(0, headerEnd(raw)).toString('latin1');
  const unfolded = text.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => /^message-id\s*:/i.test(l));
  if (line === undefined) return '';
  return messageIdsIn(line.slice(line.indexOf(':') + 1))[0] ?? '';
}

function headerEnd(raw: Buffer): number {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const ends = [crlf, lf].filter((at) => at >= 0);
  return ends.length === 0 ? raw.length : Math.min(...ends);
}
