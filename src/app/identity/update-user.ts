import { invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { organisationKindOf, type Role } from '../../domain/identity/roles.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps, User } from './ports.js';
import { readUser } from './read-user.js';

/** Changes a user's name, locale, role or active flag; deactivating ends the user's sessions and API tokens. */
export async function updateUser(
  options: Pick<IdentityDeps, 'clock' | 'users' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    userId: string;
    changes: Partial<{ name: string; locale: 'es' | 'en'; role: Role; active: boolean }>;
  },
): Promise<User> {
  const { actor, changes } = options;
  const user = await readUser({ ...options, action: 'users.manage' });
  if (changes.role && organisationKindOf(changes.role) !== organisationKindOf(user.role)) {
    throw invalidInput('role', `role ${changes.role} does not belong to this user's organisation`);
  }
  if (changes.active === false && user.id === actor.userId) {
    throw invalidInput('active', 'you cannot deactivate yourself');
  }
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const updated = (await tx.users.update(user.id, changes)) ?? user;
    if (changes.active === false) {
      await tx.sessions.deleteForUser(user.id);
      await tx.tokens.revokeAllForUser(user.id, at);
    }
    await recordChange(tx, { ...options, at, resourceType: 'users', resourceId: user.id });
    return updated;
  });
}
