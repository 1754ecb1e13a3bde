import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps } from './ports.js';
import { verifyPassword } from './secrets.js';

/** Turns the signed-in user's two-factor sign-in off, once they give their password again. */
export async function turnOffTwoFactor(
  options: Pick<IdentityDeps, 'clock' | 'users' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    password: string;
  },
): Promise<void> {
  authorise(options.actor, 'sessions.own');
  const user = await options.users.findById(options.actor.userId);
  const found = user && (await options.users.findByEmail(user.email));
  if (!found?.passwordHash || !(await verifyPassword(options.password, found.passwordHash))) {
    throw new DomainError('invalid_input', 'is not your password', 'password');
  }
  const at = options.clock.now();
  await options.transact(async (tx) => {
    await tx.secondFactors.remove(found.id);
    await recordChange(tx, { ...options, at, resourceType: 'users', resourceId: found.id });
  });
}

/** Whether the signed-in user signs in with a second factor, and how many recovery codes are left. */
export async function readTwoFactor(
  options: Pick<IdentityDeps, 'secondFactors' | 'secrets'> & { actor: Actor },
): Promise<{ on: boolean; available: boolean; recoveryCodesLeft: number }> {
  authorise(options.actor, 'sessions.own');
  const factor = await options.secondFactors.find(options.actor.userId);
  const on = Boolean(factor?.confirmedAt);
  return {
    on,
    available: options.secrets !== null,
    recoveryCodesLeft: on ? await options.secondFactors.recoveryCodesLeft(options.actor.userId) : 0,
  };
}
