import { type AccountMeeting, recordMeetingMinutes } from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import { recordChange } from '../shared/index.js';
import type { SuccessDeps } from './ports.js';
import { actingUser, type SuccessRequest, successContract } from './success-contract.js';

/** Records a meeting's minutes once it has started: notes and the decisions taken. */
export async function recordMinutes(
  options: SuccessDeps &
    SuccessRequest & { meetingId: string; notes: string; decisions: readonly string[] },
): Promise<AccountMeeting> {
  await successContract({ ...options, action: 'success.manage' });
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const meeting = await tx.success.lockMeeting(options.meetingId);
    if (meeting?.contractId !== options.contractId) {
      throw new DomainError('not_found', 'no such meeting');
    }
    const held = {
      ...meeting,
      ...recordMeetingMinutes(meeting, {
        notes: options.notes,
        decisions: options.decisions,
        actions: [],
        recordedAt: at.getTime(),
        recordedBy: actingUser(options.actor),
      }),
    };
    await tx.success.saveMeeting(held, at);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'account_meetings',
      resourceId: held.id,
    });
    return held;
  });
}
