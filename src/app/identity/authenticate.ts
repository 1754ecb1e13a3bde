import type { Actor } from '../../domain/identity/policy.js';
import { organisationKindOf } from '../../domain/identity/roles.js';
import type { IdentityDeps, OrganisationReader, User } from './ports.js';
import { digestSecret } from './secrets.js';

/** The credentials a request carried: a session cookie, a bearer token, both or neither. */
export interface Credentials {
  sessionToken?: string | undefined;
  bearerToken?: string | undefined;
}

/** The signed-in user behind a request, with the actor authorisation needs. */
export interface Authenticated {
  actor: Actor;
  user: User;
  /** Set when the request came with an API token: when that token expires (null: never). */
  token?: { expiresAt: Date | null };
  /** Set when the request came with a session cookie: that session's id. */
  sessionId?: string;
}

/**
 * Resolves credentials to an active user: a bearer token wins over the cookie; an unknown,
 * expired or revoked credential, or a deactivated user, resolves to nothing.
 */
export async function authenticate(
  options: Pick<IdentityDeps, 'clock' | 'users' | 'sessions' | 'tokens' | 'organisations'> & {
    credentials: Credentials;
  },
): Promise<Authenticated | undefined> {
  const { credentials } = options;
  const now = options.clock.now();
  const token = credentials.bearerToken
    ? await options.tokens.touchActiveToken(digestSecret(credentials.bearerToken), now)
    : undefined;
  const session =
    !credentials.bearerToken && credentials.sessionToken
      ? await options.sessions.touchActive(digestSecret(credentials.sessionToken), now)
      : undefined;
  const user = token ? await options.users.findById(token.userId) : session?.user;
  if (!user?.active) return undefined;
  const actor = await actorFor(options, user);
  if (token) return { user, actor, token: { expiresAt: token.expiresAt } };
  return session ? { user, actor, sessionId: session.sessionId } : { user, actor };
}

/** The actor a user acts as: its organisation, role and, for a partner, the clients it manages. */
export async function actorFor(
  options: { organisations: Pick<OrganisationReader, 'managedClientIds'> },
  user: User,
): Promise<Actor> {
  const organisationKind = organisationKindOf(user.role);
  const managedClientIds =
    organisationKind === 'partner'
      ? await options.organisations.managedClientIds(user.organisationId)
      : [];
  return {
    userId: user.id,
    organisationId: user.organisationId,
    organisationKind,
    role: user.role,
    managedClientIds,
  };
}
