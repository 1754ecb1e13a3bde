import {
  type CampaignVersion,
  type ConsentPurpose,
  campaignLinks,
  checkCampaignAction,
  checkSchedule,
  type Segment,
} from '../../domain/communications/index.js';
import type { ContactLanguage } from '../../domain/contacts/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import { compileRecord } from './personalise.js';
import type { CampaignRecord, CampaignsDeps } from './ports.js';

/** What an author writes: segments in priority order, versions per segment and language. */
export interface CampaignInput {
  readonly name: string;
  readonly purpose: ConsentPurpose;
  readonly defaultLanguage: ContactLanguage;
  readonly segments: readonly Segment[];
  readonly versions: readonly CampaignVersion[];
  readonly perMinute: number;
}

/** The campaign `campaignId` as it stands, or not_found. */
export async function findCampaign(
  options: Pick<CampaignsDeps, 'campaigns'>,
  campaignId: string,
): Promise<CampaignRecord> {
  const found = await options.campaigns.find(campaignId);
  if (found === undefined) throw new DomainError('not_found', `no campaign ${campaignId}`);
  return found;
}

/**
 * Creates a draft campaign (no `campaignId`) or replaces a draft's content (provider staff).
 * Refused with the path of what is wrong: a version for an unknown segment, a segment without a
 * version in the default language, a template using an unknown field (the field is named) or
 * lacking the unsubscribe link, a rate outside 1–10,000 a minute.
 */
export async function saveCampaign(
  options: Pick<CampaignsDeps, 'clock' | 'ids' | 'campaigns' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    campaignId?: string;
    input: CampaignInput;
  },
): Promise<CampaignRecord> {
  authorise(options.actor, 'contacts.manage');
  const at = options.clock.now();
  const before =
    options.campaignId === undefined ? undefined : await findCampaign(options, options.campaignId);
  if (before !== undefined) checkCampaignAction(before.state, 'edit');
  const { input } = options;
  checkSchedule({ startAt: at.getTime(), perMinute: input.perMinute, window: null });
  const record: CampaignRecord = {
    id: before?.id ?? options.ids.newId(),
    ...input,
    links: campaignLinks(input.versions),
    state: 'draft',
    startAt: null,
    nextBatchAt: null,
    senderUserId: null,
    createdBy: before?.createdBy ?? options.actor.userId,
    createdAt: before?.createdAt ?? at,
    updatedAt: at,
    finishedAt: null,
  };
  compileRecord(record);
  await options.transact(async (tx) => {
    await tx.campaigns.save(record);
    await recordChange(tx, { ...options, at, resourceType: 'campaigns', resourceId: record.id });
  });
  return record;
}
