/**
 * The secret-token URLs of a contract's calendar feed: whoever holds one can subscribe without
 * signing in (calendar clients cannot), so they are long random secrets stored hashed, and
 * revoking them closes every subscription at once. Any contract has a feed (its customer-success
 * meetings; with an agency set-up, its ceremonies too).
 */
import type { Principal } from '../../domain/identity/policy.js';
import { digestSecret, newSecret } from '../identity/index.js';
import { authorOf, type Origin, recordChange } from '../shared/index.js';
import { agencyContract } from './account.js';
import type { AgencyDeps, AgencyTx } from './ports.js';

/** A new feed token: the secret is shown once, here, and never stored. */
export interface IssuedFeedToken {
  readonly id: string;
  readonly token: string;
}

type FeedTokenOptions = AgencyDeps & { actor: Principal; origin: Origin; contractId: string };

/**
 * Runs a change to the contract's feed tokens as someone who may agree on the contract
 * (provider staff or the client's decision-maker), audited on `resourceId`.
 */
async function changeFeedTokens<T>(
  options: FeedTokenOptions,
  work: (tx: AgencyTx, at: Date) => Promise<{ result: T; resourceId: string }>,
): Promise<T> {
  await agencyContract({ ...options, action: 'agency.agree' });
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const done = await work(tx, at);
    await recordChange(tx, {
      origin: options.origin,
      actor: options.actor,
      at,
      resourceType: 'contract_feed_tokens',
      resourceId: done.resourceId,
    });
    return done.result;
  });
}

/**
 * Issues a feed token for a contract (provider staff or the client's decision-maker); with
 * `replace`, every earlier one is revoked in the same transaction (a rotation).
 */
export function issueFeedToken(
  options: FeedTokenOptions & { replace?: boolean },
): Promise<IssuedFeedToken> {
  return changeFeedTokens(options, async (tx, at) => {
    if (options.replace) await tx.agency.revokeFeedTokens(options.contractId, at);
    const issued = { id: options.ids.newId(), token: newSecret('pcf_') };
    await tx.agency.addFeedToken(
      { id: issued.id, contractId: options.contractId, createdAt: at.getTime(), revokedAt: null },
      digestSecret(issued.token),
      authorOf(options.actor),
    );
    return { result: issued, resourceId: issued.id };
  });
}

/** Revokes every feed token of a contract; returns how many were live. */
export function revokeFeedTokens(options: FeedTokenOptions): Promise<number> {
  return changeFeedTokens(options, async (tx, at) => ({
    result: await tx.agency.revokeFeedTokens(options.contractId, at),
    resourceId: options.contractId,
  }));
}
