import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import { acceptablePasswordHash } from './password-policy.js';
import type { IdentityDeps } from './ports.js';
import { replacePassword } from './replace-password.js';

/** Sets a new password for a user found by email and ends all of that user's sessions and API tokens. */
export async function resetPassword(
  options: Pick<IdentityDeps, 'clock' | 'users' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    email: string;
    password: string;
  },
): Promise<void> {
  authorise(options.actor, 'users.manage');
  const passwordHash = await acceptablePasswordHash(options.password);
  const user = await options.users.findByEmail(options.email);
  if (!user) throw new DomainError('not_found', `no user with email ${options.email}`, 'email');
  const at = options.clock.now();
  await options.transact(async (tx) => {
    await replacePassword(tx, { userId: user.id, passwordHash, at });
    await recordChange(tx, { ...options, at, resourceType: 'users', resourceId: user.id });
  });
}
