import { mailRefused } from '../mail/index.js';
import { onEvent } from '../outbox/index.js';
import { jobOrigin } from '../shared/index.js';
import type { CampaignsDeps } from './ports.js';
import { suppressAddresses } from './suppress.js';

const origin = jobOrigin('campaign-refusals');

/**
 * The handler of `mail.refused`: the SMTP server refused a campaign message for good (5xx), a
 * hard bounce, so its address is suppressed for later campaigns (the dashboard already counts
 * the failed message bounced). Mail of other modules is left alone.
 */
export function recordCampaignRefusals(
  deps: Pick<CampaignsDeps, 'campaigns' | 'clock' | 'transact'>,
) {
  return onEvent(mailRefused, 'campaigns.record-refusals', async ({ outgoingId, code }) => {
    const message = await deps.campaigns.messageMailedAs(outgoingId);
    if (message === undefined) return;
    const at = deps.clock.now();
    await deps.transact((tx) =>
      suppressAddresses(tx, [message], {
        reason: 'smtp_refusal',
        status: String(code),
        at,
        origin,
      }),
    );
  });
}
