import type { Actor } from '../../domain/identity/policy.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps } from './ports.js';
import { readUser } from './read-user.js';

/**
 * An administrator turns another user's two-factor sign-in off (a lost phone and no recovery
 * code left): the factor and its recovery codes go, and every session of the user ends. A user
 * out of the administrator's reach reads as not found.
 */
export async function resetTwoFactor(
  options: Pick<IdentityDeps, 'clock' | 'users' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    userId: string;
  },
): Promise<void> {
  const user = await readUser({ ...options, action: 'users.manage' });
  const at = options.clock.now();
  await options.transact(async (tx) => {
    await tx.secondFactors.remove(user.id);
    await tx.sessions.deleteForUser(user.id);
    await recordChange(tx, { ...options, at, resourceType: 'users', resourceId: user.id });
  });
}
