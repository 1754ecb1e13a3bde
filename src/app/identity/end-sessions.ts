import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps } from './ports.js';

type EndOptions = Pick<IdentityDeps, 'clock' | 'transact'> & { actor: Actor; origin: Origin };

/** Ends one of the actor's own sessions (another user's session is "not found", never "forbidden"). */
export async function endSession(options: EndOptions & { sessionId: string }): Promise<void> {
  authorise(options.actor, 'sessions.own');
  const at = options.clock.now();
  await options.transact(async (tx) => {
    if (!(await tx.sessions.deleteById(options.sessionId, options.actor.userId))) {
      throw new DomainError('not_found', 'no such session of yours');
    }
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'sessions',
      resourceId: options.sessionId,
    });
  });
}

/**
 * Ends every session of the actor but the one the request came with (`currentSessionId`; none
 * when it came with an API token, and then every session ends).
 */
export async function endOtherSessions(
  options: EndOptions & { currentSessionId: string | undefined },
): Promise<void> {
  authorise(options.actor, 'sessions.own');
  const at = options.clock.now();
  await options.transact(async (tx) => {
    await tx.sessions.deleteForUser(options.actor.userId, options.currentSessionId);
    await recordChange(tx, { ...options, at, resourceType: 'sessions', resourceId: null });
  });
}
