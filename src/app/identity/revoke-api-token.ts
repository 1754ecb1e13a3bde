import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import type { IdentityPorts } from '../ports.js';

/** Revokes one of the actor's own tokens; another user's token is "not found", never "forbidden". */
export async function revokeApiToken(options: {
  ports: Pick<IdentityPorts, 'clock' | 'tokens'>;
  actor: Actor;
  tokenId: string;
}): Promise<void> {
  const revoked = await options.ports.tokens.revoke(
    options.tokenId,
    options.actor.userId,
    options.ports.clock.now(),
  );
  if (!revoked) throw new DomainError('not_found', 'no such active token');
}
