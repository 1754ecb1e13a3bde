/**
 * Who takes part in a customer-success meeting (issue 17: a user's own feed lists only their
 * meetings): an invitee — by the address invited, or as a user picked — its organiser, or the
 * client's CSM on the meeting's day.
 */
import { localDateIn } from '../time/index.js';
import type { AccountMeeting } from './account-meeting.js';
import { type CsmAssignment, csmAssignmentOn } from './csm.js';

/** A user as attendance reads them. */
export interface MeetingPerson {
  readonly userId: string;
  readonly email: string;
}

/** Whether `person` takes part in `meeting`, given the client's CSM assignments. */
export function takesPart(
  meeting: AccountMeeting,
  person: MeetingPerson,
  assignments: readonly CsmAssignment[],
): boolean {
  const email = person.email.toLowerCase();
  const invited = [meeting.organizer, ...meeting.attendees].some(
    (someone) => someone.email.toLowerCase() === email,
  );
  const day = localDateIn(meeting.timeZone, meeting.slot.start);
  const csm = csmAssignmentOn(assignments, meeting.clientId, day)?.csmUserId === person.userId;
  return invited || (meeting.userIds ?? []).includes(person.userId) || csm;
}
