import type { Actor } from '../../domain/identity/policy.js';
import { organisationKindOf } from '../../domain/identity/roles.js';
import type { IdentityPorts, User } from '../ports.js';
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
export async function authenticate(options: {
  ports: Pick<IdentityPorts, 'clock' | 'users' | 'sessions' | 'tokens' | 'organisations'>;
  credentials: Credentials;
}): Promise<Authenticated | undefined> {
  const { ports, credentials } = options;
  const now = ports.clock.now();
  const userId = credentials.bearerToken
    ? await ports.tokens.ownerOfActiveToken(digestSecret(credentials.bearerToken), now)
    : credentials.sessionToken
      ? await ports.sessions.findUserId(digestSecret(credentials.sessionToken), now)
      : undefined;
  if (!userId) return undefined;
  const user = await ports.users.findById(userId);
  if (!user?.active) return undefined;
  return { user, actor: await actorFor(ports, user) };
}

/** The actor a user acts as: its organisation, role and, for a partner, the clients it manages. */
export async function actorFor(
  ports: Pick<IdentityPorts, 'organisations'>,
  user: User,
): Promise<Actor> {
  const organisationKind = organisationKindOf(user.role);
  const managedClientIds =
    organisationKind === 'partner'
      ? await ports.organisations.managedClientIds(user.organisationId)
      : [];
  return {
    userId: user.id,
    organisationId: user.organisationId,
    organisationKind,
    role: user.role,
    managedClientIds,
  };
}
