/**
 * Ceremony invitations by mail: each attendee of a scheduled, moved or cancelled ceremony gets
 * one message in their language with the `.ics` attached (METHOD:REQUEST, or CANCEL), the
 * ceremony's stable UID and its current SEQUENCE, queued in the change's transaction.
 */
import type { Ceremony, Person } from '../../domain/agency/index.js';
import type { User } from '../identity/index.js';
import type { AgencyContract } from './account.js';
import type { CeremonyInvitation } from './invitation-ports.js';
import type { AgencyDeps, AgencyTx } from './ports.js';

/** The users behind the account's people, read before the transaction. */
export async function inviteesOf(
  users: AgencyDeps['users'],
  people: readonly Person[],
): Promise<ReadonlyMap<string, User>> {
  const found = await Promise.all(people.map((person) => users.findById(person.personId)));
  return new Map(found.flatMap((user) => (user?.active ? [[user.id, user] as const] : [])));
}

/** Queues the invitations of `ceremonies` to their attendees who are active users. */
export async function queueInvitations(
  options: Pick<AgencyDeps, 'ids' | 'mailer'>,
  tx: AgencyTx,
  change: {
    contract: AgencyContract;
    ceremonies: readonly Ceremony[];
    method: CeremonyInvitation['method'];
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
    const attendees = invited.map(({ user, required }) => ({
      email: user.email,
      name: user.name,
      required,
    }));
    for (const { user } of invited) {
      const rendered = options.mailer.render({
        method: change.method,
        contractId: contract.record.contract.id,
        contractName: contract.record.name,
        timeZone: contract.calendar.timeZone,
        ceremony,
        to: { email: user.email, name: user.name, locale: user.locale },
        attendees,
        stamp: change.now,
      });
      const version = `${contract.record.contract.id}:${ceremony.key}:${ceremony.sequence}:${change.method}`;
      await tx.ceremonyInvitations.enqueue({
        id: options.ids.newId(),
        dedupeKey: `agency-invitation:${version}:${user.id}`,
        messageId: `${options.ids.newId()}@${options.mailer.messageIdDomain}`,
        toAddress: user.email,
        toName: user.name,
        language: user.locale,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        attachments: [
          {
            filename: change.method === 'cancel' ? 'cancel.ics' : 'invite.ics',
            contentType: `text/calendar; method=${change.method.toUpperCase()}; charset=utf-8`,
            content: rendered.ics,
          },
        ],
        createdAt: new Date(change.now),
      });
    }
  }
}
