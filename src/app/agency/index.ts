/**
 * The agency module's public surface (seed 004, agile marketing): a contract's agile set-up,
 * sprints and ceremonies on its business calendar, activity intake through the client's
 * decision-maker, deliverables with dependencies, approval clocks and revision rounds, required
 * inputs that suspend work, impasse facts, evaluations and declarations, and the calendar feed.
 */
export { type AgencyContract, agencyContract, decisionMakerOf } from './account.js';
export { answerDelivery, type DeliveryAnswer } from './answer-delivery.js';
export { cancelCeremony } from './cancel-ceremony.js';
export { channelActivity } from './channel-activity.js';
export { decideIntake } from './decide-intake.js';
export { declareImpasse, type ImpasseDeclarationInput } from './declare-impasse.js';
export { deliverDeliverable } from './deliver-deliverable.js';
export { deliverableDelivered, deliveryAnswered, quoteRequested } from './events.js';
export { type IssuedFeedToken, issueFeedToken, revokeFeedTokens } from './feed-tokens.js';
export type {
  AgencyMailer,
  EventInvitation,
  InvitationMail,
  InvitationQueue,
  InvitedEvent,
  RenderedInvitation,
} from './invitation-ports.js';
export { type InvitationRecipient, queueEventInvitations } from './invite.js';
export { markInput } from './mark-input.js';
export { moveCeremony } from './move-ceremony.js';
export { type DeliverablePlan, planDeliverable } from './plan-deliverable.js';
export type {
  AccountPerson,
  AgencyAccount,
  AgencyDeps,
  AgencyReader,
  AgencyRepository,
  AgencyTx,
  FeedToken,
  RecordedFact,
  UserFeedToken,
  UserFeedTokenRepository,
} from './ports.js';
export { type AgencyBoard, type DeliverableOnBoard, readAgencyBoard } from './read-agency-board.js';
export { type CalendarFeed, readCalendarFeed } from './read-calendar-feed.js';
export { readUserFeed, type UserCalendarFeed } from './read-user-feed.js';
export { type PersonFact, recordFact } from './record-fact.js';
export { recordMinutes } from './record-minutes.js';
export { type AgencySetUp, ceremonyHorizonMonths, setUpAgency } from './set-up-agency.js';
export { startDeliverable } from './start-deliverable.js';
export { agencyData } from './stored-data.js';
export { suggestActivity } from './suggest-activity.js';
export { issueUserFeedToken, revokeUserFeedTokens } from './user-feed-tokens.js';
