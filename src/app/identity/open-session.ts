import { type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps, IdentityTx, User } from './ports.js';
import { digestSecret, newSecret } from './secrets.js';

/** How long a web session lasts. */
export const sessionLifetimeMs = 12 * 60 * 60 * 1000;

/**
 * Opens a web session for a user who just proved who they are, inside the sign-in's transaction,
 * and audits the sign-in as the person's own act. Answers the cookie's secret and its expiry.
 */
export async function openSession(
  tx: IdentityTx,
  options: Pick<IdentityDeps, 'ids'> & {
    origin: Origin;
    user: Pick<User, 'id' | 'organisationId'>;
    at: Date;
    ip: string;
    userAgent?: string | undefined;
  },
): Promise<{ sessionToken: string; expiresAt: Date }> {
  const { user, at } = options;
  const sessionToken = newSecret('');
  const expiresAt = new Date(at.getTime() + sessionLifetimeMs);
  await tx.sessions.create({
    id: options.ids.newId(),
    tokenHash: digestSecret(sessionToken),
    userId: user.id,
    createdAt: at,
    expiresAt,
    userAgent: options.userAgent?.slice(0, 500) ?? null,
    ip: options.ip,
  });
  await recordChange(tx, {
    origin: options.origin,
    actor: { userId: user.id, organisationId: user.organisationId },
    at,
    resourceType: 'auth',
    resourceId: user.id,
  });
  return { sessionToken, expiresAt };
}
