import { Secret } from 'otpauth';
import { DomainError } from '../../domain/errors.js';
import { identityError } from '../../domain/identity/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { isProviderRole } from '../../domain/identity/roles.js';
import { totpUri } from '../../domain/identity/totp.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps } from './ports.js';

/** Who may turn two-factor sign-in on: provider staff, with the installation's secret key set. */
export function checkTwoFactorAllowed(actor: Actor, secrets: IdentityDeps['secrets']) {
  authorise(actor, 'sessions.own');
  if (!isProviderRole(actor.role)) {
    throw identityError('two_factor_staff_only', {}, 'two-factor sign-in is for provider staff');
  }
  if (!secrets) {
    throw identityError(
      'two_factor_secret_key_missing',
      { variable: 'PACTA_SECRET_KEY' },
      'TOTP secrets are stored encrypted: set PACTA_SECRET_KEY first',
    );
  }
  return secrets;
}

/**
 * Starts turning two-factor sign-in on for the signed-in staff member: a new secret, kept sealed
 * and unconfirmed until a first code from the app matches (see confirmTwoFactor). Starting again
 * replaces an unconfirmed secret; a confirmed one must be turned off first.
 */
export async function startTwoFactor(
  options: Pick<IdentityDeps, 'clock' | 'users' | 'secondFactors' | 'secrets' | 'transact'> & {
    actor: Actor;
    origin: Origin;
  },
): Promise<{ secret: string; uri: string }> {
  const secrets = checkTwoFactorAllowed(options.actor, options.secrets);
  const { userId } = options.actor;
  const [user, factor] = await Promise.all([
    options.users.findById(userId),
    options.secondFactors.find(userId),
  ]);
  if (!user) throw new DomainError('not_found', 'no such user');
  if (factor?.confirmedAt) {
    throw identityError('two_factor_on', {}, 'two-factor sign-in is on already: turn it off first');
  }
  const secret = new Secret({ size: 20 }).base32;
  const at = options.clock.now();
  await options.transact(async (tx) => {
    await tx.secondFactors.begin(userId, secrets.seal(secret), at);
    await recordChange(tx, { ...options, at, resourceType: 'users', resourceId: userId });
  });
  return { secret, uri: totpUri(secret, user.email, 'Pacta') };
}
