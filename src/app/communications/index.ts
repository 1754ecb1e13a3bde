/**
 * Client communications (seed 003's marketing automation): consents per contact, channel and
 * purpose; unsubscribe links that work without signing in; live segment counts.
 */
export { appendConsent } from './append-consent.js';
export { countSegmentMembers, type SegmentCount } from './count-segment.js';
export { issueUnsubscribeToken } from './issue-unsubscribe-link.js';
export type {
  CommunicationsDeps,
  CommunicationsTx,
  ConsentRepository,
  SegmentSubjects,
} from './ports.js';
export { type ConsentInput, recordConsent } from './record-consent.js';
export { communicationsData } from './stored-data.js';
export { unsubscribeByLink } from './unsubscribe-by-link.js';
