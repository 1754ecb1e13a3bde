/**
 * Invitations by mail to a contract's events: each attendee of a scheduled, moved or cancelled
 * ceremony or customer-success meeting gets one message in their language with the `.ics`
 * attached (METHOD:REQUEST, or CANCEL), the event's stable UID and its current SEQUENCE, queued
 * in the change's transaction.
 */
import type { Ceremony, Person } from '../../domain/agency/index.js';
import type { User } from '../identity/index.js';
import type { AgencyContract } from './account.js';
import type { EventInvitation, InvitationQueue, InvitedEvent } from './invitation-ports.js';
import type { AgencyDeps, AgencyTx } from './ports.js';

/** The users behind the account's people, read before the transaction. */
export async function inviteesOf(
  users: AgencyDeps['users'],
  people: readonly Person[],
): Promise<ReadonlyMap<string, User>> {
  const found = await Promise.all(people.map((person) => users.findById(person.personId)));
  return new Map(found.flatMap((user) => (user?.active ? [[user.id, user] as const] : [])));
}

/** Someone an invitation is mailed to; `id` (a user's or contact's) keys the mail once per version. */
export interface InvitationRecipient {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly locale: 'es' | 'en';
}

/** One version of one event, to mail to its recipients. */
export interface EventMailing {
  readonly contract: AgencyContract;
  readonly event: InvitedEvent;
  readonly method: EventInvitation['method'];
  readonly recipients: readonly InvitationRecipient[];
  /** Everyone the `.ics` lists. */
  readonly attendees: EventInvitation['attendees'];
  readonly now: number;
}

/** Queues the invitation of one event version to each of its recipients. */
export async function queueEventInvitations(
  options: Pick<AgencyDeps, 'ids' | 'mailer'>,
  tx: { ceremonyInvitations: InvitationQueue },
  mailing: EventMailing,
): Promise<void> {
  const { contract, event, method } = mailing;
  const contractId = contract.record.contract.id;
  const version = `${contractId}:${event.key}:${event.sequence}:${method}`;
  for (const to of mailing.recipients) {
    const rendered = options.mailer.render({
      method,
      contractId,
      contractName: contract.record.name,
      timeZone: contract.calendar.timeZone,
      event,
      to: { email: to.email, name: to.name, locale: to.locale },
      attendees: mailing.attendees,
      stamp: mailing.now,
    });
    await tx.ceremonyInvitations.enqueue({
      id: options.ids.newId(),
      dedupeKey: `${event.family}-invitation:${version}:${to.id}`,
      messageId: `${options.ids.newId()}@${options.mailer.messageIdDomain}`,
      toAddress: to.email,
      toName: to.name,
      language: to.locale,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      attachments: [
        {
          filename: method === 'cancel' ? 'cancel.ics' : 'invite.ics',
          contentType: `text/calendar; method=${method.toUpperCase()}; charset=utf-8`,
          content: rendered.ics,
        },
      ],
      createdAt: new Date(mailing.now),
    });
  }
}

/** A ceremony as an invited event of `contractId`'s feed. */
function ceremonyEvent(contractId: string, ceremony: Ceremony): InvitedEvent {
  return {
    family: 'agency',
    what: `agency.ceremony.${ceremony.kind}`,
    key: ceremony.key,
    uid: `${contractId}/${ceremony.key}@pacta`,
    slot: ceremony.slot,
    sequence: ceremony.sequence,
    cancellationReason: ceremony.cancellation?.reason ?? null,
    organizer: null,
  };
}

/** Queues the invitations of `ceremonies` to their attendees who are active users. */
export async function queueInvitations(
  options: Pick<AgencyDeps, 'ids' | 'mailer'>,
  tx: AgencyTx,
  change: {
    contract: AgencyContract;
    ceremonies: readonly Ceremony[];
    method: EventInvitation['method'];
    invitees: ReadonlyMap<string, User>;
    now: number;
  },
): Promise<void> {
  const { contract, invitees } = change;
  for (const ceremony of change.ceremonies) {
    const invited = ceremony.attendees.flatMap((attendee) => {
      const user = invitees.get(attendee.personId);
      return user ? [{ user, required: attendee.required }] : [];
    });
    await queueEventInvitations(options, tx, {
      contract,
      event: ceremonyEvent(contract.record.contract.id, ceremony),
      method: change.method,
      recipients: invited.map(({ user }) => user),
      attendees: invited.map(({ user, required }) => ({
        email: user.email,
        name: user.name,
        required,
      })),
      now: change.now,
    });
  }
}
