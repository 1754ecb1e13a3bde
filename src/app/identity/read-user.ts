import type { Action, Actor } from '../../domain/identity/policy.js';
import { authorise, inReach } from '../shared/index.js';
import type { IdentityDeps, User } from './ports.js';

/** One user the actor may act on (`users.read` by default); out of reach reads as not found. */
export async function readUser(
  options: Pick<IdentityDeps, 'users'> & { actor: Actor; userId: string; action?: Action },
): Promise<User> {
  const action = options.action ?? 'users.read';
  authorise(options.actor, action);
  const user = await options.users.findById(options.userId);
  return inReach(
    options.actor,
    action,
    user,
    (found) => ({ organisationId: found.organisationId }),
    'user',
  );
}
