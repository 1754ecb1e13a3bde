/**
 * What soft bounces add up to: an address whose last campaign messages all soft-bounced in a row
 * (`softBouncedInARow`, counted since an administrator last lifted its suppression) is suppressed
 * like a hard-bounced one.
 */
import { softBouncedInARow, softBounceLimit } from '../../domain/communications/index.js';
import type { CampaignMessageRecord, CampaignsDeps } from './ports.js';

/**
 * Of the addresses of `bounced` (messages a soft bounce report just came back for, not recorded
 * yet), the newest message of each address that has now soft-bounced in a row; addresses
 * suppressed already are left alone. Reads only: call it before the transaction.
 */
export async function softBouncedAddresses(
  deps: Pick<CampaignsDeps, 'campaigns' | 'campaignSuppressions'>,
  bounced: readonly CampaignMessageRecord[],
): Promise<CampaignMessageRecord[]> {
  const now = new Set(bounced.map((m) => m.id));
  const escalated: CampaignMessageRecord[] = [];
  for (const address of new Set(bounced.map((m) => m.toAddress.toLowerCase()))) {
    const suppression = await deps.campaignSuppressions.ofAddress(address);
    if (suppression !== undefined && suppression.liftedAt === null) continue;
    const last = await deps.campaigns.lastMessagesTo(
      address,
      suppression?.liftedAt ?? null,
      softBounceLimit,
    );
    const outcomes = last.map((m) => ({ ...m, bounced: m.bounced || now.has(m.message.id) }));
    const [newest] = last;
    if (newest !== undefined && softBouncedInARow(outcomes)) escalated.push(newest.message);
  }
  return escalated;
}
