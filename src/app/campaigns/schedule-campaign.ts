import {
  campaignRecipients,
  checkCampaignAction,
  checkSchedule,
  communicationError,
  personalisationProblems,
} from '../../domain/communications/index.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import { loadMaterial } from './personalise.js';
import type { CampaignRecord, CampaignsDeps } from './ports.js';
import { findCampaign } from './save-campaign.js';

/**
 * Schedules a draft to go out from `startAt` at `perMinute` messages a minute, signed by the
 * scheduling user when an account has no CSM. Every current member's fields are checked first:
 * a recipient lacking a field their version uses (`missing_field`, the field and the contact
 * named) stops the schedule, so nothing half-personalised is ever sent. Without a secret to sign
 * unsubscribe links nothing is scheduled (`unsubscribe_unavailable`).
 */
export async function scheduleCampaign(
  options: Omit<CampaignsDeps, 'messageIdDomain'> & {
    actor: Actor;
    origin: Origin;
    campaignId: string;
    startAt: Date;
    perMinute: number;
  },
): Promise<CampaignRecord> {
  authorise(options.actor, 'contacts.manage');
  const at = options.clock.now();
  const campaign = await findCampaign(options, options.campaignId);
  checkCampaignAction(campaign.state, 'schedule');
  checkSchedule({ startAt: options.startAt.getTime(), perMinute: options.perMinute, window: null });
  const material = await loadMaterial(options, campaign, options.actor.userId);
  const recipients = (function* () {
    for (const r of campaignRecipients(material.compiled, material.subjects, at.getTime()))
      yield material.personalise(r);
  })();
  const [problem] = personalisationProblems(material.compiled, recipients, 1);
  if (problem !== undefined) {
    throw communicationError(
      'missing_field',
      { field: problem.fields.join(', '), contactId: problem.contactId },
      `contact ${problem.contactId} has no value for ${problem.fields.join(', ')}`,
      'versions',
    );
  }
  const scheduled: CampaignRecord = {
    ...campaign,
    state: 'scheduled',
    perMinute: options.perMinute,
    startAt: options.startAt,
    nextBatchAt: options.startAt,
    senderUserId: options.actor.userId,
    updatedAt: at,
  };
  await options.transact(async (tx) => {
    const locked = await tx.campaigns.lock(campaign.id);
    checkCampaignAction(locked?.state ?? 'cancelled', 'schedule');
    await tx.campaigns.save(scheduled);
    await recordChange(tx, { ...options, at, resourceType: 'campaigns', resourceId: campaign.id });
  });
  return scheduled;
}
