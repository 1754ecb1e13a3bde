/**
 * A campaign's life: `draft` (edited freely) → `scheduled` (a start and a rate are set) →
 * `sending` (batches are being handed to the outbox) → `sent` (every recipient's message is
 * queued); `cancelled` from any state before `sent`. Only a draft can be edited.
 */
import { communicationError } from './errors.js';

/** Where a campaign stands. */
export const campaignStates = ['draft', 'scheduled', 'sending', 'sent', 'cancelled'] as const;
/** One of {@link campaignStates}. */
export type CampaignState = (typeof campaignStates)[number];

/** What can be done to a campaign. */
export type CampaignAction = 'edit' | 'schedule' | 'cancel';

const allowed: Readonly<Record<CampaignAction, readonly CampaignState[]>> = {
  edit: ['draft'],
  schedule: ['draft'],
  cancel: ['draft', 'scheduled', 'sending'],
};

/** Fails with `campaign_not_editable` unless `action` is allowed in `state`. */
export function checkCampaignAction(state: CampaignState, action: CampaignAction): void {
  if (!allowed[action].includes(state)) {
    throw communicationError(
      'campaign_not_editable',
      { state, action },
      `a ${state} campaign cannot be ${action === 'edit' ? 'edited' : `${action}d`}`,
      'state',
    );
  }
}
