/**
 * A meeting's invitations by mail, through the agency module's invitation path (one mailer, one
 * queue): each invited contact and user with an address gets the meeting's current version —
 * REQUEST when scheduled or moved, CANCEL when cancelled — in their language.
 */
import { displayName } from '../../domain/contacts/index.js';
import { type AccountMeeting, meetingUid } from '../../domain/customer-success/index.js';
import {
  type AgencyContract,
  type InvitationRecipient,
  type InvitedEvent,
  queueEventInvitations,
} from '../agency/index.js';
import type { SuccessDeps, SuccessTx } from './ports.js';

/** Who a meeting's invitations go to: its invited contacts and users, read before the change. */
export async function meetingRecipients(
  deps: Pick<SuccessDeps, 'contacts' | 'users'>,
  meeting: AccountMeeting,
): Promise<InvitationRecipient[]> {
  const contacts = await Promise.all(meeting.contactIds.map((id) => deps.contacts.find(id)));
  const users = await Promise.all((meeting.userIds ?? []).map((id) => deps.users.findById(id)));
  return [
    ...contacts.flatMap((c) =>
      c?.state === 'active' && c.email !== null
        ? [{ id: c.id, email: c.email, name: displayName(c), locale: c.language }]
        : [],
    ),
    ...users.flatMap((u) => (u?.active ? [u] : [])),
  ];
}

/** The meeting as an invited event of its contract. */
function invitedMeeting(meeting: AccountMeeting): InvitedEvent {
  return {
    family: 'customerSuccess',
    what: `customerSuccess.meeting.${meeting.kind}`,
    key: meeting.key,
    uid: meetingUid(meeting, 'pacta'),
    slot: meeting.slot,
    sequence: meeting.sequence,
    cancellationReason: meeting.cancellation?.reason ?? null,
    organizer: meeting.organizer.email === '' ? null : meeting.organizer,
  };
}

/** Queues the meeting's current version to `recipients` in `tx`. */
export function mailMeeting(
  deps: Pick<SuccessDeps, 'ids' | 'mailer'>,
  tx: SuccessTx,
  mailing: {
    contract: AgencyContract;
    meeting: AccountMeeting;
    recipients: readonly InvitationRecipient[];
    now: number;
  },
): Promise<void> {
  const { meeting } = mailing;
  return queueEventInvitations(deps, tx, {
    contract: mailing.contract,
    event: invitedMeeting(meeting),
    method: meeting.status === 'cancelled' ? 'cancel' : 'request',
    recipients: mailing.recipients,
    attendees: meeting.attendees.map((a) => ({
      email: a.email,
      name: a.name ?? a.email,
      required: a.required,
    })),
    now: mailing.now,
  });
}
