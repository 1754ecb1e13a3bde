import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps } from './ports.js';

/** Revokes one of the actor's own tokens; another user's token is "not found", never "forbidden". */
export async function revokeApiToken(
  options: Pick<IdentityDeps, 'clock' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    tokenId: string;
  },
): Promise<void> {
  authorise(options.actor, 'tokens.own');
  const at = options.clock.now();
  await options.transact(async (tx) => {
    const revoked = await tx.tokens.revoke(options.tokenId, options.actor.userId, at);
    if (!revoked) throw new DomainError('not_found', 'no such active token');
    await recordChange(tx, { ...options, at, resourceType: 'tokens', resourceId: options.tokenId });
  });
}
