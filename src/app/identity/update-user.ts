import { invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { organisationKindOf, type Role } from '../../domain/identity/roles.js';
import type { IdentityPorts, User } from '../ports.js';
import { userInReach } from './user-in-reach.js';

/** Changes a user's name, locale, role or active flag; deactivating ends the user's sessions. */
export async function updateUser(options: {
  ports: Pick<IdentityPorts, 'users' | 'sessions'>;
  actor: Actor;
  userId: string;
  changes: Partial<{ name: string; locale: 'es' | 'en'; role: Role; active: boolean }>;
}): Promise<User> {
  const { ports, actor, changes } = options;
  const user = await userInReach({
    users: ports.users,
    actor,
    action: 'users.manage',
    userId: options.userId,
  });
  if (changes.role && organisationKindOf(changes.role) !== organisationKindOf(user.role)) {
    throw invalidInput('role', `role ${changes.role} does not belong to this user's organisation`);
  }
  if (changes.active === false && user.id === actor.userId) {
    throw invalidInput('active', 'you cannot deactivate yourself');
  }
  const updated = (await ports.users.update(user.id, changes)) ?? user;
  if (changes.active === false) await ports.sessions.deleteForUser(user.id);
  return updated;
}
