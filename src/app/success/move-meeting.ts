import { type AccountMeeting, moveMeeting as move } from '../../domain/customer-success/index.js';
import { changeMeeting, type MeetingRequest } from './meeting-change.js';
import type { SuccessDeps } from './ports.js';
import { actingUser } from './success-contract.js';

/**
 * Staff move a meeting not yet held to a new start agreed with the client, keeping its length,
 * inside service hours; the meeting keeps who moved it, when, why (optional: the new time is
 * agreed with the client) and the time it had. Its SEQUENCE goes up, the feeds show it at the
 * new time and each attendee is mailed the updated invitation (METHOD:REQUEST, same UID).
 */
export async function moveMeeting(
  options: SuccessDeps & MeetingRequest & { start: number; reason?: string | undefined },
): Promise<AccountMeeting> {
  const by = actingUser(options.actor);
  const byName = (await options.users.findById(by))?.name ?? by;
  const reason = options.reason?.trim() || null;
  return changeMeeting(options, true, (meeting, at, { calendar }) =>
    move(
      calendar,
      meeting,
      { start: options.start, end: options.start + (meeting.slot.end - meeting.slot.start) },
      { by, byName, at, reason },
    ),
  );
}
