import {
  bounceReasons,
  type Fate,
  returnedMessageIds,
  returnedStatus,
} from '../../domain/mail/index.js';
import { recordEvent } from '../shared/index.js';
import { mailReturned } from './events.js';
import type { MailDeps } from './ports.js';
import { type Readout, saveFate } from './settle-mail.js';

const isBounce = (fate: Fate) =>
  fate.fate === 'ignored' && (bounceReasons as readonly string[]).includes(fate.reason);

/**
 * Settles a message no person wrote (ignored with its reason). A bounce that returns messages
 * Pacta sent (their Message-IDs under our domain) also records `mail.returned` in the same
 * transaction, with the report's delivery status, so whoever sent them — a campaign — learns
 * they bounced, and whether for good.
 */
export async function settleAutomatic(
  options: Pick<MailDeps, 'clock' | 'ids' | 'transact' | 'settings'>,
  readout: Readout,
  fate: Fate,
): Promise<Fate> {
  const messageIds = isBounce(fate)
    ? returnedMessageIds(readout.stored.raw.toString('utf8'), options.settings.messageIdDomain)
    : [];
  await options.transact(async (tx) => {
    await saveFate(tx, options, readout, fate);
    if (messageIds.length === 0) return;
    const status = returnedStatus(readout.stored.raw.toString('utf8'));
    const payload = { mailId: readout.stored.id, messageIds, status };
    await recordEvent(tx, options.ids, options.clock.now(), mailReturned, payload);
  });
  return fate;
}
