import { DomainError } from '../../domain/errors.js';
import { matchingStep } from '../../domain/identity/totp.js';
import { recoveryCodeDigest } from './confirm-two-factor.js';
import type { IdentityDeps, IdentityTx, SecondFactor } from './ports.js';

/**
 * The second step of a sign-in when the user has two-factor on, inside its transaction: a code
 * from the app (never one of a step already used) or an unused recovery code, used up. Without a
 * code the answer asks for one at `code`; a wrong one is a wrong sign-in.
 */
export async function checkSecondFactor(
  tx: IdentityTx,
  options: Pick<IdentityDeps, 'secrets'> & {
    userId: string;
    factor: SecondFactor;
    code: string | undefined;
    at: Date;
  },
): Promise<void> {
  const { userId, code, at } = options;
  if (!code) {
    throw new DomainError('unauthenticated', 'a code from the authenticator app is needed', 'code');
  }
  const secret = options.secrets?.open(options.factor.secretSealed);
  const step = secret === undefined ? null : matchingStep(secret, code, at);
  const accepted =
    step === null
      ? await tx.secondFactors.spendRecoveryCode(userId, recoveryCodeDigest(code), at)
      : await tx.secondFactors.spendStep(userId, step);
  if (!accepted) throw new DomainError('unauthenticated', 'wrong or used code', 'code');
}
