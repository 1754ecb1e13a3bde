import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { authorise, authorOf, type Origin, recordChange } from '../shared/index.js';
import type { CampaignsDeps, SuppressionRecord } from './ports.js';

/**
 * An administrator lifts the suppression of a contact's address (the mailbox works again):
 * later campaigns may mail it; the row keeps who lifted it and when, audited on the contact. An
 * address not suppressed for the contact is refused (`conflict`) naming `address`.
 */
export async function liftSuppression(
  options: Pick<CampaignsDeps, 'clock' | 'campaignSuppressions' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    contactId: string;
    address: string;
  },
): Promise<SuppressionRecord[]> {
  authorise(options.actor, 'privacy.manage');
  const address = options.address.trim().toLowerCase();
  const active = (await options.campaignSuppressions.ofContact(options.contactId)).find(
    (s) => s.address === address && s.liftedAt === null,
  );
  if (active === undefined) {
    throw new DomainError('conflict', 'the address is not suppressed for the contact', 'address');
  }
  const at = options.clock.now();
  await options.transact(async (tx) => {
    await tx.campaignSuppressions.lift(address, authorOf(options.actor) ?? 'system', at);
    await recordChange(tx, {
      origin: options.origin,
      actor: options.actor,
      at,
      resourceType: 'contacts',
      resourceId: options.contactId,
    });
  });
  return options.campaignSuppressions.ofContact(options.contactId);
}
