import { type AccountMeeting, moveMeeting as move } from '../../domain/customer-success/index.js';
import { changeMeeting, type MeetingRequest } from './meeting-change.js';
import type { SuccessDeps } from './ports.js';

/**
 * Staff move a meeting not yet held to a new start agreed with the client, keeping its length,
 * inside service hours; its SEQUENCE goes up, the feeds show it at the new time and each
 * attendee is mailed the updated invitation (METHOD:REQUEST, same UID).
 */
export function moveMeeting(
  options: SuccessDeps & MeetingRequest & { start: number },
): Promise<AccountMeeting> {
  return changeMeeting(options, true, (meeting, _at, { calendar }) =>
    move(calendar, meeting, {
      start: options.start,
      end: options.start + (meeting.slot.end - meeting.slot.start),
    }),
  );
}
