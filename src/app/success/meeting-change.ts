/**
 * What every change to one meeting does: check the contract and the action, lock the meeting,
 * change it by a domain rule, save it and audit the change in one transaction — and, for a
 * change its attendees' calendars must hear of, mail them its new version.
 */
import type { AccountMeeting } from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import { recordChange } from '../shared/index.js';
import { mailMeeting, meetingRecipients } from './meeting-mail.js';
import type { SuccessDeps } from './ports.js';
import { type SuccessContract, type SuccessRequest, successContract } from './success-contract.js';

/** Which meeting of the request's contract changes. */
export type MeetingRequest = SuccessRequest & { readonly meetingId: string };

/** Applies `change` to the meeting (staff managing the account), mailing attendees when `mail`. */
export async function changeMeeting(
  options: SuccessDeps & MeetingRequest,
  mail: boolean,
  change: (meeting: AccountMeeting, at: number, contract: SuccessContract) => AccountMeeting,
): Promise<AccountMeeting> {
  const contract = await successContract({ ...options, action: 'success.manage' });
  const before = (await options.success.meetings(options.contractId)).find(
    (meeting) => meeting.id === options.meetingId,
  );
  const recipients = mail && before ? await meetingRecipients(options, before) : [];
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const meeting = await tx.success.lockMeeting(options.meetingId);
    if (meeting?.contractId !== options.contractId) {
      throw new DomainError('not_found', 'no such meeting');
    }
    const changed = change(meeting, at.getTime(), contract);
    await tx.success.saveMeeting(changed, at);
    if (mail)
      await mailMeeting(options, tx, { contract, meeting: changed, recipients, now: at.getTime() });
    await recordChange(tx, {
      origin: options.origin,
      actor: options.actor,
      at,
      resourceType: 'account_meetings',
      resourceId: changed.id,
    });
    return changed;
  });
}
