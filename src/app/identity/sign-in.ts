import { DomainError } from '../../domain/errors.js';
import { retryAfterMs, type ThrottleLimits } from '../../domain/identity/login-throttle.js';
import type { Origin } from '../shared/index.js';
import { openSession } from './open-session.js';
import type { IdentityDeps, User } from './ports.js';
import { checkSecondFactor } from './second-factor-check.js';
import { unmatchableHash, verifyPassword } from './secrets.js';

const wrongCredentials = 'wrong email or password';

/** Sign-in attempts tolerated per email and per IP within a quarter of an hour. */
export const signInLimits: ThrottleLimits = { maxAttempts: 10, windowMs: 15 * 60 * 1000 };

/**
 * Password sign-in: one answer for a wrong password, an unknown email or a user without a login,
 * equal in time. Each attempt is counted per email and per IP before the password is checked
 * (atomically, in the database); past the limit the password is not checked at all. A user with
 * two-factor on also needs a code (checkSecondFactor): each try counts as an attempt. A success
 * clears the email's count and takes back only its own attempt from the IP's.
 */
export async function signIn(
  options: Pick<
    IdentityDeps,
    'clock' | 'ids' | 'users' | 'transact' | 'signInAttempts' | 'secondFactors' | 'secrets'
  > & {
    origin: Origin;
    email: string;
    password: string;
    /** The code from the authenticator app (or a recovery code), for users with two-factor on. */
    code?: string | undefined;
    ip: string;
    /** The browser's User-Agent, kept so its owner recognises the session in their list. */
    userAgent?: string | undefined;
    limits?: ThrottleLimits;
  },
): Promise<{ sessionToken: string; expiresAt: Date; user: User }> {
  const { signInAttempts } = options;
  const limits = options.limits ?? signInLimits;
  const at = options.clock.now();
  // an email key is the address itself (the personal-data locator finds it); IPs are `ip:…`
  const emailKey = options.email.toLowerCase();
  const ipKey = `ip:${options.ip}`;
  const counts = await Promise.all(
    [emailKey, ipKey].map((key) => signInAttempts.count(key, at, limits.windowMs)),
  );
  const wait = Math.max(...counts.map((count) => retryAfterMs(count, limits, at)));
  if (wait > 0) {
    throw new DomainError(
      'rate_limited',
      `too many sign-in attempts; try again in ${Math.ceil(wait / 1000)} s`,
    );
  }
  const found = await options.users.findByEmail(options.email);
  const hash = found?.active && found.passwordHash ? found.passwordHash : unmatchableHash;
  const matches = await verifyPassword(options.password, hash);
  if (!found || !matches || hash === unmatchableHash) {
    throw new DomainError('unauthenticated', wrongCredentials);
  }
  const factor = await options.secondFactors.find(found.id);
  const session = await options.transact(async (tx) => {
    if (factor?.confirmedAt) {
      await checkSecondFactor(tx, { ...options, userId: found.id, factor, code: options.code, at });
    }
    return openSession(tx, { ...options, user: found, at });
  });
  await signInAttempts.clear(emailKey);
  await signInAttempts.takeBack(ipKey);
  const { passwordHash: _hidden, ...user } = found;
  return { ...session, user };
}
