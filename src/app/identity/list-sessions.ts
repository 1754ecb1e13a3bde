import type { Actor } from '../../domain/identity/policy.js';
import { authorise } from '../shared/index.js';
import type { IdentityDeps, SessionInfo } from './ports.js';

/** The actor's own web sessions that have not expired, most recently used first. */
export async function listSessions(
  options: Pick<IdentityDeps, 'clock' | 'sessions'> & { actor: Actor },
): Promise<SessionInfo[]> {
  authorise(options.actor, 'sessions.own');
  return options.sessions.listForUser(options.actor.userId, options.clock.now());
}
