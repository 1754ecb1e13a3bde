import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { ApiToken, IdentityDeps } from './ports.js';
import { digestSecret, newSecret } from './secrets.js';

/** Issues a personal API token for integrations; the secret is returned once and stored only as a digest. */
export async function createApiToken(
  options: Pick<IdentityDeps, 'clock' | 'ids' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    name: string;
    expiresAt: Date | null;
  },
): Promise<{ token: ApiToken; secret: string }> {
  authorise(options.actor, 'tokens.own');
  const secret = newSecret('pacta_');
  const at = options.clock.now();
  const token = await options.transact(async (tx) => {
    const created = await tx.tokens.create({
      id: options.ids.newId(),
      userId: options.actor.userId,
      name: options.name,
      tokenHash: digestSecret(secret),
      createdAt: at,
      expiresAt: options.expiresAt,
    });
    await recordChange(tx, { ...options, at, resourceType: 'tokens', resourceId: created.id });
    return created;
  });
  return { token, secret };
}
