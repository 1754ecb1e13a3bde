import { DomainError } from '../../domain/errors.js';
import type { LoginThrottle } from '../../domain/identity/login-throttle.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps, User } from './ports.js';
import { digestSecret, newSecret, unmatchableHash, verifyPassword } from './secrets.js';

/** How long a web session lasts. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

const wrongCredentials = 'wrong email or password';

/**
 * Password sign-in: one answer for a wrong password, an unknown email or a user without a login,
 * equal in time; repeated failures per email and per IP are throttled.
 */
export async function signIn(
  options: Pick<IdentityDeps, 'clock' | 'users' | 'transact'> & {
    origin: Origin;
    throttle: LoginThrottle;
    email: string;
    password: string;
    ip: string;
  },
): Promise<{ sessionToken: string; expiresAt: Date; user: User }> {
  const { throttle } = options;
  const now = options.clock.now().getTime();
  const keys = [`email:${options.email.toLowerCase()}`, `ip:${options.ip}`];
  const wait = Math.max(...keys.map((key) => throttle.retryAfter(key, now)));
  if (wait > 0) {
    throw new DomainError(
      'rate_limited',
      `too many failed sign-ins; try again in ${Math.ceil(wait / 1000)} s`,
    );
  }
  const found = await options.users.findByEmail(options.email);
  const hash = found?.active && found.passwordHash ? found.passwordHash : unmatchableHash;
  const matches = await verifyPassword(options.password, hash);
  if (!found || !matches || hash === unmatchableHash) {
    for (const key of keys) throttle.recordFailure(key, now);
    throw new DomainError('unauthenticated', wrongCredentials);
  }
  for (const key of keys) throttle.reset(key);
  const sessionToken = newSecret('');
  const expiresAt = new Date(now + sessionLifetimeMs);
  await options.transact(async (tx) => {
    await tx.sessions.create({
      tokenHash: digestSecret(sessionToken),
      userId: found.id,
      createdAt: new Date(now),
      expiresAt,
    });
    await recordChange(tx, {
      origin: options.origin,
      actor: null,
      at: new Date(now),
      resourceType: 'auth',
      resourceId: found.id,
    });
  });
  const { passwordHash: _hidden, ...user } = found;
  return { sessionToken, expiresAt, user };
}
