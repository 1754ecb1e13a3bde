import type { Actor } from '../../domain/identity/policy.js';
import type { ApiToken, IdentityPorts } from '../ports.js';
import { digestSecret, newSecret } from './secrets.js';

/** Issues a personal API token for integrations; the secret is returned once and stored only as a digest. */
export async function createApiToken(options: {
  ports: Pick<IdentityPorts, 'clock' | 'tokens'>;
  actor: Actor;
  name: string;
  expiresAt: Date | null;
}): Promise<{ token: ApiToken; secret: string }> {
  const secret = newSecret('pacta_');
  const token = await options.ports.tokens.create({
    userId: options.actor.userId,
    name: options.name,
    tokenHash: digestSecret(secret),
    createdAt: options.ports.clock.now(),
    expiresAt: options.expiresAt,
  });
  return { token, secret };
}
