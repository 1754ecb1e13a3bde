import {
  campaignRecipients,
  communicationError,
  type OutgoingMessage,
  personalisedMessages,
} from '../../domain/communications/index.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import { loadMaterial } from './personalise.js';
import type { CampaignsDeps } from './ports.js';
import { findCampaign } from './save-campaign.js';

/**
 * The message a member of the campaign's audience would get, personalised for real (provider
 * staff): `contactId`'s, or the first member's who gets `versionKey` (any version when absent).
 * Nobody in the audience: `no_recipients`, said plainly.
 */
export async function previewCampaign(
  options: Omit<CampaignsDeps, 'messageIdDomain' | 'transact'> & {
    actor: Actor;
    campaignId: string;
    versionKey?: string | undefined;
    contactId?: string | undefined;
  },
): Promise<OutgoingMessage> {
  authorise(options.actor, 'contacts.read');
  const campaign = await findCampaign(options, options.campaignId);
  const material = await loadMaterial(options, campaign, options.actor.userId);
  const subjects = material.subjects.filter(
    (s) => options.contactId === undefined || s.contact.id === options.contactId,
  );
  const recipients = (function* () {
    for (const r of campaignRecipients(material.compiled, subjects, options.clock.now().getTime()))
      if (options.versionKey === undefined || r.versionKey === options.versionKey)
        yield material.personalise(r);
  })();
  const [message] = personalisedMessages(material.compiled, recipients);
  if (message === undefined) {
    throw communicationError('no_recipients', {}, 'nobody in the audience gets this version');
  }
  return message;
}
