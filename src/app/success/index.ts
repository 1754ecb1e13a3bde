/**
 * The customer-success module's public surface (seed 001, with seed 002's monthly planning): a
 * CSM per direct client (an indirect client's partner is its first line), quarterly reviews and
 * monthly planning meetings on agreed dates with agenda, attendees, minutes and the forecast
 * consumption, and account requests tracked to their outcome.
 */
export { moveRequest, raiseRequest } from './account-requests.js';
export { assignContractCsm } from './assign-csm.js';
export { cancelMeeting } from './cancel-meeting.js';
export { type InviteeChoice, meetingInvitees } from './invitees.js';
export { moveMeeting } from './move-meeting.js';
export { planningForecast } from './planning-forecast.js';
export type {
  ForecastOf,
  PlanningForecast,
  SuccessDeps,
  SuccessReader,
  SuccessRepository,
  SuccessTx,
} from './ports.js';
export { type MeetingWithForecast, readSuccess, type SuccessView } from './read-success.js';
export { recordMinutes } from './record-minutes.js';
export { type MeetingInput, scheduleMeeting } from './schedule-meeting.js';
export { successData } from './stored-data.js';
