import {
  type AccountMeeting,
  cancelMeeting as cancel,
} from '../../domain/customer-success/index.js';
import { changeMeeting, type MeetingRequest } from './meeting-change.js';
import type { SuccessDeps } from './ports.js';
import { actingUser } from './success-contract.js';

/**
 * Staff cancel a meeting not yet held, saying why (audited on the meeting): it leaves the
 * calendar feeds, and each attendee is mailed a METHOD:CANCEL invitation with the same UID and
 * the next SEQUENCE, so their calendar removes the event it has.
 */
export function cancelMeeting(
  options: SuccessDeps & MeetingRequest & { reason: string },
): Promise<AccountMeeting> {
  return changeMeeting(options, true, (meeting, at) =>
    cancel(meeting, { by: actingUser(options.actor), reason: options.reason, at }),
  );
}
