import { invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { ApiToken, IdentityDeps } from './ports.js';
import { digestSecret, newSecret } from './secrets.js';

/**
 * Issues a personal API token for integrations; the secret is returned once and stored only as a
 * digest. Its expiry must be in the future, and a token asked for with a token (`mintedWith`)
 * cannot outlive that token.
 */
export async function createApiToken(
  options: Pick<IdentityDeps, 'clock' | 'ids' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    name: string;
    expiresAt: Date | null;
    mintedWith?: { expiresAt: Date | null } | undefined;
  },
): Promise<{ token: ApiToken; secret: string }> {
  authorise(options.actor, 'tokens.own');
  const at = options.clock.now();
  const { expiresAt, mintedWith } = options;
  if (expiresAt && expiresAt <= at) throw invalidInput('expiresAt', 'must be in the future');
  const limit = mintedWith?.expiresAt;
  if (limit && (!expiresAt || expiresAt > limit)) {
    throw invalidInput(
      'expiresAt',
      `must be no later than ${limit.toISOString()}, when the token asking for it expires`,
    );
  }
  const secret = newSecret('pacta_');
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
