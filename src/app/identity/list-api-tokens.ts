import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type { ApiToken, IdentityDeps } from './ports.js';

/** The actor's own API tokens, newest first, without secrets. */
export async function listApiTokens(
  options: Pick<IdentityDeps, 'tokens'> & { actor: Actor },
): Promise<ApiToken[]> {
  authorise(options.actor, 'tokens.own');
  return options.tokens.listForUser(options.actor.userId);
}
