import type { Actor } from '../../domain/identity/policy.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps } from './ports.js';
import { digestSecret } from './secrets.js';

/** Ends a web session; signing out twice is harmless. */
export async function signOut(
  options: Pick<IdentityDeps, 'clock' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    sessionToken: string | undefined;
  },
): Promise<void> {
  const { sessionToken } = options;
  const at = options.clock.now();
  await options.transact(async (tx) => {
    if (sessionToken) await tx.sessions.delete(digestSecret(sessionToken));
    await recordChange(tx, { ...options, at, resourceType: 'auth', resourceId: null });
  });
}
