import { type AccountMeeting, recordMeetingMinutes } from '../../domain/customer-success/index.js';
import { changeMeeting, type MeetingRequest } from './meeting-change.js';
import type { SuccessDeps } from './ports.js';
import { actingUser } from './success-contract.js';

/** Records a meeting's minutes once it has started: notes and the decisions taken. */
export function recordMinutes(
  options: SuccessDeps & MeetingRequest & { notes: string; decisions: readonly string[] },
): Promise<AccountMeeting> {
  return changeMeeting(options, false, (meeting, at) =>
    recordMeetingMinutes(meeting, {
      notes: options.notes,
      decisions: options.decisions,
      actions: [],
      recordedAt: at,
      recordedBy: actingUser(options.actor),
    }),
  );
}
