/**
 * The secret-token URLs of a contract's calendar feed: whoever holds one can subscribe without
 * signing in (calendar clients cannot), so they are long random secrets stored hashed, and
 * revoking them closes every subscription at once.
 */
import type { Principal } from '../../domain/identity/policy.js';
import { digestSecret, newSecret } from '../identity/index.js';
import { authorOf, type Origin } from '../shared/index.js';
import { changeAccount } from './account.js';
import type { AgencyDeps } from './ports.js';

/** A new feed token: the secret is shown once, here, and never stored. */
export interface IssuedFeedToken {
  readonly id: string;
  readonly token: string;
}

/** Issues a feed token for a contract (provider staff or the client's decision-maker). */
export function issueFeedToken(
  options: AgencyDeps & { actor: Principal; origin: Origin; contractId: string },
): Promise<IssuedFeedToken> {
  return changeAccount(options, 'agency.agree', async ({ tx, now }) => {
    const issued = { id: options.ids.newId(), token: newSecret('pcf_') };
    await tx.agency.addFeedToken(
      { id: issued.id, contractId: options.contractId, createdAt: now, revokedAt: null },
      digestSecret(issued.token),
      authorOf(options.actor),
    );
    return { result: issued, resourceType: 'agency_feed_tokens', resourceId: issued.id };
  });
}

/** Revokes every feed token of a contract; returns how many were live. */
export function revokeFeedTokens(
  options: AgencyDeps & { actor: Principal; origin: Origin; contractId: string },
): Promise<number> {
  return changeAccount(options, 'agency.agree', async ({ tx, now }) => {
    const revoked = await tx.agency.revokeFeedTokens(options.contractId, new Date(now));
    return { result: revoked, resourceType: 'agency_feed_tokens', resourceId: options.contractId };
  });
}
