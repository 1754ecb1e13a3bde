import { type Activity, channelActivity as channel } from '../../domain/agency/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { actingPerson, changeAccount, decisionMakerOf } from './account.js';
import { findRecord } from './find-record.js';
import type { AgencyDeps } from './ports.js';

/**
 * The client's decision-maker passes on an activity another person of the client suggested
 * (§2.4.2: "deben de ser canalizadas a través del interlocutor Decisor"); nobody else can.
 */
export async function channelActivity(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    activityId: string;
  },
): Promise<Activity> {
  return changeAccount(options, 'agency.answer', async ({ tx, account }) => {
    const found = findRecord(
      await tx.agency.activities(options.contractId),
      options.activityId,
      'activity',
    );
    const check = decisionMakerOf(account);
    const activity = channel(
      found,
      actingPerson(options.actor),
      check.ok ? check.decisionMaker : null,
    );
    await tx.agency.saveActivity(options.contractId, activity);
    return { result: activity, resourceType: 'agency_activities', resourceId: activity.id };
  });
}
