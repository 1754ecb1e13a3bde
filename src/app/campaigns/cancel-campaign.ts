import { checkCampaignAction } from '../../domain/communications/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { CampaignRecord, CampaignsDeps } from './ports.js';

/**
 * Cancels a campaign before it is sent: no further batch is queued (the batch already handed to
 * the outbox, at most one minute's worth, still goes out).
 */
export async function cancelCampaign(
  options: Pick<CampaignsDeps, 'clock' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    campaignId: string;
  },
): Promise<CampaignRecord> {
  authorise(options.actor, 'contacts.manage');
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const campaign = await tx.campaigns.lock(options.campaignId);
    if (campaign === undefined) throw new DomainError('not_found', 'no such campaign');
    checkCampaignAction(campaign.state, 'cancel');
    const cancelled: CampaignRecord = { ...campaign, state: 'cancelled', updatedAt: at };
    await tx.campaigns.save(cancelled);
    await recordChange(tx, { ...options, at, resourceType: 'campaigns', resourceId: campaign.id });
    return cancelled;
  });
}
