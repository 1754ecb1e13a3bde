/**
 * Customer success (seed 001, with seed 002's monthly planning): a CSM per direct client and the
 * partner as an indirect client's first line, quarterly reviews and monthly plannings on the
 * contract's calendar with agenda, minutes and iCalendar events, and account requests with their
 * outcome. Pure; instants and ids come in as arguments.
 */

export {
  type AccountMeeting,
  agreeMeeting,
  type MeetingAgreement,
  type MeetingInvitee,
  suggestQuarterly,
} from './account-meeting.js';
export {
  type AccountRequest,
  type AccountRequestKind,
  type AccountRequestStatus,
  type AccountRequestStep,
  accountRequestKinds,
  accountRequestStatuses,
  answerDueOn,
  answerLate,
  moveAccountRequest,
  type NewAccountRequest,
  type Requester,
  raiseAccountRequest,
} from './account-requests.js';
export { type MeetingPerson, takesPart } from './attendance.js';
export {
  type Account,
  assignCsm,
  type CsmAssignment,
  csmAssignmentOn,
  directClientsWithoutCsm,
  type FirstLine,
  firstLineOf,
} from './csm.js';
export {
  type CustomerSuccessRule,
  customerSuccessError,
  customerSuccessRules,
} from './errors.js';
export {
  type AgendaItem,
  type AgendaKey,
  cancelMeeting,
  defaultAgenda,
  type Meeting,
  type MeetingCancellation,
  type MeetingMinutes,
  type MeetingMove,
  meetingEvent,
  meetingUid,
  moveMeeting,
  recordMeetingMinutes,
} from './meeting-record.js';
export {
  lengthOf,
  type MeetingKind,
  type MeetingWindow,
  meetingKinds,
  meetingMinutes,
  meetingWindows,
  type PlacedMeeting,
  type PlacementOptions,
  placeMeetings,
} from './meetings.js';
