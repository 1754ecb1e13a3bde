import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type {
  CampaignFigures,
  CampaignRecord,
  CampaignsDeps,
  ReceivedCampaign,
  SuppressionRecord,
} from './ports.js';
import { findCampaign } from './save-campaign.js';

/** Every campaign, newest first (provider staff). */
export async function listCampaigns(
  options: Pick<CampaignsDeps, 'campaigns'> & { actor: Actor },
): Promise<CampaignRecord[]> {
  authorise(options.actor, 'contacts.read');
  return options.campaigns.list();
}

/** One campaign with its figures for the dashboard (provider staff). */
export async function readCampaign(
  options: Pick<CampaignsDeps, 'campaigns'> & { actor: Actor; campaignId: string },
): Promise<{ campaign: CampaignRecord; figures: CampaignFigures }> {
  authorise(options.actor, 'contacts.read');
  const campaign = await findCampaign(options, options.campaignId);
  return { campaign, figures: await options.campaigns.figures(campaign.id) };
}

/** The campaigns a contact was sent, for its 360° view (provider staff). */
export async function campaignsReceived(
  options: Pick<CampaignsDeps, 'campaigns'> & { actor: Actor; contactId: string },
): Promise<ReceivedCampaign[]> {
  authorise(options.actor, 'contacts.read');
  return options.campaigns.receivedBy(options.contactId);
}

/** A contact's suppressed addresses, lifted ones too, for its 360° view (provider staff). */
export async function suppressionsOf(
  options: Pick<CampaignsDeps, 'campaignSuppressions'> & { actor: Actor; contactId: string },
): Promise<SuppressionRecord[]> {
  authorise(options.actor, 'contacts.read');
  return options.campaignSuppressions.ofContact(options.contactId);
}
