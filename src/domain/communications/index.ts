/**
 * Client communications (seed 003's marketing automation, to clients' contacts): consents,
 * unsubscribe links, segments, campaigns with personalised versions, the throttled send schedule
 * and measurement. Pure; instants, secrets and ids come in as arguments.
 */
export {
  type Campaign,
  type CampaignVersion,
  type CompiledCampaign,
  campaignRecipients,
  compileCampaign,
  inBatches,
  type OutgoingMessage,
  type PersonalisationProblem,
  type PersonalisedRecipient,
  personalisationProblems,
  personalisedMessages,
  type Recipient,
} from './campaign.js';
export {
  type CampaignAction,
  type CampaignState,
  campaignStates,
  checkCampaignAction,
} from './campaign-state.js';
export {
  type ConsentChange,
  type ConsentChannel,
  type ConsentEvent,
  type ConsentPurpose,
  type ConsentSource,
  changeConsent,
  consentChannels,
  consentPurposes,
  consentSources,
  currentConsent,
  hasConsent,
} from './consent.js';
export { type CommunicationRule, communicationError, communicationRules } from './errors.js';
export { fieldValues, type PersonalisationContext, salutationMessage } from './fields.js';
export {
  type CampaignCounters,
  type CampaignMeasurement,
  type DeliveryEvent,
  type DeliveryEventKind,
  deliveryEventKinds,
  measureCampaign,
} from './measurement.js';
export {
  type FieldValues,
  isKnownField,
  missingFields,
  parseTemplate,
  personalisationFields,
  renderTemplate,
  type Template,
  type TemplatePart,
} from './personalisation.js';
export {
  checkSchedule,
  type SendBatch,
  type SendSchedule,
  sendAt,
  sendBatches,
} from './schedule.js';
export {
  type Audience,
  countSegment,
  inSegment,
  isContactable,
  parseSegmentRule,
  ruleHolds,
  type Segment,
  type SegmentCondition,
  type SegmentRule,
  type SegmentSubject,
  segmentMembers,
} from './segments.js';
export {
  type MessageOutcome,
  type SuppressionReason,
  softBouncedInARow,
  softBounceLimit,
  suppressionReasons,
} from './suppression.js';
export {
  campaignLinks,
  signTrackingToken,
  type TrackingUrls,
  trackingUrls,
  verifyTrackingToken,
  withTracking,
} from './tracking.js';
export {
  signUnsubscribeToken,
  type UnsubscribeClaim,
  unsubscribe,
  unsubscribeHeaders,
  unsubscribeUrl,
  verifyUnsubscribeToken,
} from './unsubscribe.js';
