/**
 * Each user's own calendar feed URL: one live secret at a time (issuing a new one revokes the
 * old), stored hashed, revocable by its owner from the web app.
 */
import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { digestSecret, newSecret } from '../identity/index.js';
import { authorise, authorOf, type Origin, recordChange } from '../shared/index.js';
import type { IssuedFeedToken } from './feed-tokens.js';
import type { AgencyDeps, AgencyTx } from './ports.js';

type Options = Pick<AgencyDeps, 'clock' | 'transact'> & { actor: Principal; origin: Origin };

/** Runs a change to the acting user's feed tokens, audited on the user. */
async function changeOwnTokens<T>(
  options: Options,
  work: (tx: AgencyTx, userId: string, now: Date) => Promise<T>,
): Promise<T> {
  authorise(options.actor, 'agency.read');
  const userId = authorOf(options.actor);
  if (userId === null) throw new DomainError('forbidden', 'only a person has a calendar feed');
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const result = await work(tx, userId, at);
    await recordChange(tx, {
      origin: options.origin,
      actor: options.actor,
      at,
      resourceType: 'agency_user_feed_tokens',
      resourceId: userId,
    });
    return result;
  });
}

/** Issues the acting user's feed URL, revoking any earlier one; the secret is shown once. */
export function issueUserFeedToken(options: Options & Pick<AgencyDeps, 'ids'>) {
  return changeOwnTokens(options, async (tx, userId, now): Promise<IssuedFeedToken> => {
    await tx.agency.revokeUserFeedTokens(userId, now);
    const issued = { id: options.ids.newId(), token: newSecret('pcu_') };
    await tx.agency.addUserFeedToken(
      { id: issued.id, userId, createdAt: now.getTime(), revokedAt: null },
      digestSecret(issued.token),
    );
    return issued;
  });
}

/** Revokes the acting user's feed URL; returns how many were live. */
export function revokeUserFeedTokens(options: Options): Promise<number> {
  return changeOwnTokens(options, (tx, userId, now) => tx.agency.revokeUserFeedTokens(userId, now));
}
