import { isHardBounce } from '../../domain/mail/index.js';
import { mailReturned } from '../mail/index.js';
import { onEvent } from '../outbox/index.js';
import { jobOrigin, recordChange } from '../shared/index.js';
import type { CampaignsDeps } from './ports.js';
import { softBouncedAddresses } from './soft-bounces.js';
import { suppressAddresses } from './suppress.js';

const origin = jobOrigin('campaign-bounces');

/**
 * The handler of `mail.returned`: a bounce report that came back by mail for campaign messages
 * marks them bounced (the dashboard's bounced figure; no longer delivered); a hard bounce (status
 * 5.x.x) also suppresses their addresses; a soft one (4.x.x, or none said) only when the address
 * has now soft-bounced its last campaign messages in a row (`softBouncedAddresses`). Idempotent: a
 * message is bounced once, however often the report is handled.
 */
export function recordCampaignBounces(
  deps: Pick<CampaignsDeps, 'campaigns' | 'campaignSuppressions' | 'clock' | 'transact'>,
) {
  return onEvent(mailReturned, 'campaigns.record-bounces', async (returned) => {
    const { mailId, messageIds, status = null } = returned;
    const messages = await deps.campaigns.messagesSentAs(messageIds);
    if (messages.length === 0) return;
    const hard = status !== null && isHardBounce(status);
    const repeated = hard ? [] : await softBouncedAddresses(deps, messages);
    const at = deps.clock.now();
    await deps.transact(async (tx) => {
      await tx.campaigns.addBounces(
        messages.map((m) => m.id),
        mailId,
        at,
      );
      if (hard) {
        await suppressAddresses(tx, messages, { reason: 'hard_bounce', status, at, origin });
      }
      if (repeated.length > 0) {
        const why = { reason: 'repeated_soft_bounces', status: status ?? '', at, origin } as const;
        await suppressAddresses(tx, repeated, why);
      }
      for (const campaignId of new Set(messages.map((m) => m.campaignId))) {
        await recordChange(tx, {
          origin,
          actor: null,
          at,
          resourceType: 'campaigns',
          resourceId: campaignId,
        });
      }
    });
  });
}
