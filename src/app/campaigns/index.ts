/**
 * Campaigns (seed 003's marketing automation, issue 17): personalised mail per segment and
 * language, scheduled through the outbox at a throttled rate, resumable, and measured.
 */
export { cancelCampaign } from './cancel-campaign.js';
export { liftSuppression } from './lift-suppression.js';
export type {
  CampaignFigures,
  CampaignMessageRecord,
  CampaignReader,
  CampaignRecord,
  CampaignRepository,
  CampaignsDeps,
  CampaignsTx,
  MessageToAddress,
  ReceivedCampaign,
  SuppressionReason,
  SuppressionRecord,
  SuppressionRepository,
} from './ports.js';
export { previewCampaign } from './preview-campaign.js';
export { type QueueReport, queueCampaignBatches } from './queue-campaign-batches.js';
export {
  campaignsReceived,
  listCampaigns,
  readCampaign,
  suppressionsOf,
} from './read-campaigns.js';
export { recordCampaignBounces } from './record-bounces.js';
export { recordCampaignRefusals } from './record-refusals.js';
export { type CampaignInput, findCampaign, saveCampaign } from './save-campaign.js';
export { scheduleCampaign } from './schedule-campaign.js';
export { campaignsData } from './stored-data.js';
export { followClick, recordOpen } from './track-campaign.js';
