import type { Actor } from '../../domain/identity/policy.js';
import type { ApiToken, IdentityPorts } from '../ports.js';

/** The actor's own API tokens, newest first, without secrets. */
export function listApiTokens(options: {
  ports: Pick<IdentityPorts, 'tokens'>;
  actor: Actor;
}): Promise<ApiToken[]> {
  return options.ports.tokens.listForUser(options.actor.userId);
}
