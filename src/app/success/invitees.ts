/**
 * Who may be invited to a contract's meeting: the client's contacts with an address, the
 * client's users and the provider's staff — what the web's attendee picker offers, and what
 * scheduling accepts.
 */
import { displayName } from '../../domain/contacts/index.js';
import type { MeetingInvitee } from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { isProviderRole } from '../../domain/identity/roles.js';
import type { User } from '../identity/index.js';
import type { SuccessDeps } from './ports.js';
import { successContract } from './success-contract.js';

/** Whether `user` may attend a meeting of `clientId`'s contract. */
function invitable(user: User | undefined, clientId: string): user is User {
  return user?.active === true && (user.organisationId === clientId || isProviderRole(user.role));
}

/** The invited contacts, each the client's and with an address. */
export async function invitedContacts(
  deps: Pick<SuccessDeps, 'contacts'>,
  clientId: string,
  contactIds: readonly string[],
): Promise<MeetingInvitee[]> {
  return Promise.all(
    contactIds.map(async (contactId, n) => {
      const contact = await deps.contacts.find(contactId);
      if (contact?.organisationId !== clientId || contact.email === null) {
        throw new DomainError('not_found', 'no such contact of the client', `contactIds.${n}`);
      }
      return { contactId, email: contact.email, name: displayName(contact), required: true };
    }),
  );
}

/** The invited users, each the client's or the provider's staff, and active. */
export async function invitedUsers(
  deps: Pick<SuccessDeps, 'users'>,
  clientId: string,
  userIds: readonly string[],
): Promise<MeetingInvitee[]> {
  return Promise.all(
    userIds.map(async (userId, n) => {
      const user = await deps.users.findById(userId);
      if (!invitable(user, clientId)) {
        throw new DomainError('not_found', 'no such user of the client or staff', `userIds.${n}`);
      }
      return { userId, email: user.email, name: user.name, required: true };
    }),
  );
}

/** One person the picker offers. */
export interface InviteeChoice {
  readonly kind: 'contact' | 'user';
  readonly id: string;
  readonly name: string;
  readonly email: string;
  /** `client` for the client's people, `staff` for the provider's. */
  readonly side: 'client' | 'staff';
}

/** The people staff may invite to a meeting of the contract (managers only: it lists addresses). */
export async function meetingInvitees(
  options: SuccessDeps & { actor: Principal; contractId: string },
): Promise<InviteeChoice[]> {
  const { record } = await successContract({ ...options, action: 'success.manage' });
  const clientId = record.contract.clientId;
  const [contacts, users] = await Promise.all([
    options.contacts.list({ organisationId: clientId, limit: 200 }),
    options.users.list(),
  ]);
  const linked = new Set(
    contacts.flatMap((c) => (c.kind === 'person' && c.userId ? [c.userId] : [])),
  );
  return [
    ...contacts.flatMap((c): InviteeChoice[] =>
      c.state === 'active' && c.email !== null
        ? [{ kind: 'contact', id: c.id, name: displayName(c), email: c.email, side: 'client' }]
        : [],
    ),
    ...users
      .filter((u) => invitable(u, clientId) && !linked.has(u.id))
      .map(
        (u): InviteeChoice => ({
          kind: 'user',
          id: u.id,
          name: u.name,
          email: u.email,
          side: u.organisationId === clientId ? 'client' : 'staff',
        }),
      ),
  ];
}
