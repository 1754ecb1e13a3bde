import {
  type AccountMeeting,
  type AgendaItem,
  agreeMeeting,
  type MeetingKind,
} from '../../domain/customer-success/index.js';
import { recordChange } from '../shared/index.js';
import { invitedContacts, invitedUsers } from './invitees.js';
import { mailMeeting, meetingRecipients } from './meeting-mail.js';
import type { SuccessDeps } from './ports.js';
import { actingUser, type SuccessRequest, successContract } from './success-contract.js';

/** What a meeting is agreed as. */
export interface MeetingInput {
  readonly kind: MeetingKind;
  /** Epoch ms. */
  readonly start: number;
  readonly minutes: number;
  /** Written items; the kind's standard agenda when empty. */
  readonly agenda: readonly string[];
  /** Contacts of the client invited. */
  readonly contactIds: readonly string[];
  /** Users invited: the client's, or the provider's staff. */
  readonly userIds?: readonly string[];
}

/**
 * Provider staff schedule a quarterly review (seed 001) or the monthly planning (seed 002 §3) on
 * a date agreed with the client: at most its kind's length, inside the contract's service hours.
 * The signed-in user organises it; each invitee is mailed the invitation.
 */
export async function scheduleMeeting(
  options: SuccessDeps & SuccessRequest & { meeting: MeetingInput },
): Promise<AccountMeeting> {
  const contract = await successContract({ ...options, action: 'success.manage' });
  const input = options.meeting;
  const clientId = contract.record.contract.clientId;
  const organizer = await options.users.findById(actingUser(options.actor));
  const meeting = agreeMeeting(contract.calendar, {
    id: options.ids.newId(),
    contractId: options.contractId,
    clientId,
    kind: input.kind,
    start: input.start,
    minutes: input.minutes,
    agenda: input.agenda.map((text): AgendaItem => ({ text })),
    organizer: { name: organizer?.name ?? '', email: organizer?.email ?? '' },
    attendees: [
      ...(await invitedContacts(options, clientId, input.contactIds)),
      ...(await invitedUsers(options, clientId, input.userIds ?? [])),
    ],
  });
  const recipients = await meetingRecipients(options, meeting);
  const at = options.clock.now();
  return options.transact(async (tx) => {
    await tx.success.saveMeeting(meeting, at);
    await mailMeeting(options, tx, { contract, meeting, recipients, now: at.getTime() });
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'account_meetings',
      resourceId: meeting.id,
    });
    return meeting;
  });
}
