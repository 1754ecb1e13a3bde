import type { IdentityPorts } from '../ports.js';
import { digestSecret } from './secrets.js';

/** Ends a web session; signing out twice is harmless. */
export async function signOut(options: {
  ports: Pick<IdentityPorts, 'sessions'>;
  sessionToken: string | undefined;
}): Promise<void> {
  if (options.sessionToken) await options.ports.sessions.delete(digestSecret(options.sessionToken));
}
