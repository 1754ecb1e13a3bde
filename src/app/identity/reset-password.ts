import { DomainError, invalidInput } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import { minimumPasswordLength } from './create-user.js';
import type { IdentityDeps } from './ports.js';
import { hashPassword } from './secrets.js';

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
  if (options.password.length < minimumPasswordLength) {
    throw invalidInput('password', `must be at least ${minimumPasswordLength} characters`);
  }
  const user = await options.users.findByEmail(options.email);
  if (!user) throw new DomainError('not_found', `no user with email ${options.email}`, 'email');
  const passwordHash = await hashPassword(options.password);
  const at = options.clock.now();
  await options.transact(async (tx) => {
    await tx.users.setPasswordHash(user.id, passwordHash);
    await tx.sessions.deleteForUser(user.id);
    await tx.tokens.revokeAllForUser(user.id, at);
    await recordChange(tx, { ...options, at, resourceType: 'users', resourceId: user.id });
  });
}
