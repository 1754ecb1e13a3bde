import { identityError } from '../../domain/identity/errors.js';
import type { Origin } from '../shared/index.js';
import { openSession } from './open-session.js';
import type { IdentityDeps, User } from './ports.js';

/** What the identity provider vouched for in a checked ID token (and its user info). */
export interface OidcClaims {
  email: string | undefined;
  emailVerified: boolean;
}

/**
 * Sign-in through OpenID Connect, once the protocol is done (state, nonce and PKCE checked by the
 * HTTP edge): the person is the Pacta user whose email the provider says it verified. An
 * unverified or missing email, an unknown address, a deactivated user or a contact without a
 * login is refused and nothing is created; roles stay Pacta's. The provider's own sign-in (and
 * its multi-factor policy) stands in for the password and Pacta's two-step code.
 */
export async function signInWithOidc(
  options: Pick<IdentityDeps, 'clock' | 'ids' | 'users' | 'transact'> & {
    origin: Origin;
    claims: OidcClaims;
    ip: string;
    /** The browser's User-Agent, kept so its owner recognises the session in their list. */
    userAgent?: string | undefined;
  },
): Promise<{ sessionToken: string; expiresAt: Date; user: User }> {
  const { email, emailVerified } = options.claims;
  if (!email || !emailVerified) {
    throw identityError('oidc_email_unverified', {}, 'the provider did not verify this email');
  }
  const found = await options.users.findByEmail(email);
  if (!found?.active || !found.hasLogin) {
    throw identityError('oidc_no_account', {}, 'no Pacta user with this email can sign in');
  }
  const at = options.clock.now();
  const session = await options.transact((tx) => openSession(tx, { ...options, user: found, at }));
  const { passwordHash: _hidden, ...user } = found;
  return { ...session, user };
}
