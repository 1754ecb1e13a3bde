import { randomInt } from 'node:crypto';
import { DomainError } from '../../domain/errors.js';
import { identityError } from '../../domain/identity/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { matchingStep } from '../../domain/identity/totp.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps } from './ports.js';
import { digestSecret } from './secrets.js';
import { checkTwoFactorAllowed } from './start-two-factor.js';

/** How many one-time recovery codes a confirmation hands out. */
export const recoveryCodeCount = 10;

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A recovery code as people copy it: `xxxx-xxxx-xxxx` without look-alike characters. */
function newRecoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** A recovery code as typed (any case, spaces or dashes) in the form its digest is kept. */
export function recoveryCodeDigest(typed: string): string {
  return digestSecret(typed.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/**
 * Turns two-factor sign-in on once the first code from the app matches the secret started by
 * startTwoFactor; answers the recovery codes, shown this once (only their digests are kept).
 */
export async function confirmTwoFactor(
  options: Pick<IdentityDeps, 'clock' | 'secondFactors' | 'secrets' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    code: string;
  },
): Promise<{ recoveryCodes: string[] }> {
  const secrets = checkTwoFactorAllowed(options.actor, options.secrets);
  const { userId } = options.actor;
  const factor = await options.secondFactors.find(userId);
  if (!factor) {
    throw identityError('two_factor_not_started', {}, 'start turning two-factor sign-in on first');
  }
  if (factor.confirmedAt) {
    throw identityError('two_factor_on', {}, 'two-factor sign-in is on already');
  }
  const at = options.clock.now();
  const step = matchingStep(secrets.open(factor.secretSealed), options.code, at);
  if (step === null) {
    throw new DomainError('invalid_input', 'does not match the app’s current code', 'code');
  }
  const recoveryCodes = Array.from({ length: recoveryCodeCount }, newRecoveryCode);
  await options.transact(async (tx) => {
    await tx.secondFactors.confirm(userId, step, recoveryCodes.map(recoveryCodeDigest), at);
    await recordChange(tx, { ...options, at, resourceType: 'users', resourceId: userId });
  });
  return { recoveryCodes };
}
