/**
 * Client communications (seed 003's marketing automation): consents per contact, channel and
 * purpose; unsubscribe links that work without signing in; live segment counts; the updates
 * section's subscription and mail.
 */
export { announceUpdates } from './announce-update.js';
export { appendConsent } from './append-consent.js';
export { countSegmentMembers, type SegmentCount } from './count-segment.js';
export { issueUnsubscribeToken } from './issue-unsubscribe-link.js';
export type {
  Announcement,
  AnnouncementLog,
  CommunicationsDeps,
  CommunicationsTx,
  ConsentRepository,
  SegmentSubjects,
  UpdateMailer,
  UpdateNotice,
} from './ports.js';
export { type ConsentInput, recordConsent } from './record-consent.js';
export { communicationsData } from './stored-data.js';
export { unsubscribeByLink } from './unsubscribe-by-link.js';
export {
  readUpdateSubscription,
  setUpdateSubscription,
  type UpdateSubscription,
} from './update-subscription.js';
