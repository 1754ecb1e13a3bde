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
  const userId = credentials.bearerToken
    ? await options.tokens.ownerOfActiveToken(digestSecret(credentials.bearerToken), now)
    : credentials.sessionToken
      ? await options.sessions.findUserId(digestSecret(credentials.sessionToken), now)
      : undefined;
  if (!userId) return undefined;
  const user = await options.users.findById(userId);
  if (!user?.active) return undefined;
  return { user, actor: await actorFor(options, user) };
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
