/**
 * What a hard bounce does to campaign mail: the address of each bounced message is suppressed,
 * so no later campaign mails it until an administrator lifts it (audited on the contact).
 */
import { type Origin, recordChange } from '../shared/index.js';
import type { CampaignMessageRecord, CampaignsTx, SuppressionReason } from './ports.js';

/** Suppresses the messages' addresses in `tx`, each audited on its contact. */
export async function suppressAddresses(
  tx: CampaignsTx,
  messages: readonly CampaignMessageRecord[],
  why: { reason: SuppressionReason; status: string; at: Date; origin: Origin },
): Promise<void> {
  await tx.campaignSuppressions.suppress(
    messages.map((m) => ({
      address: m.toAddress,
      contactId: m.contactId,
      reason: why.reason,
      status: why.status,
      campaignId: m.campaignId,
      suppressedAt: why.at,
      liftedAt: null,
      liftedBy: null,
    })),
  );
  for (const contactId of new Set(messages.map((m) => m.contactId))) {
    await recordChange(tx, {
      origin: why.origin,
      actor: null,
      at: why.at,
      resourceType: 'contacts',
      resourceId: contactId,
    });
  }
}
