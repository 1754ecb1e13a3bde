import { type Activity, suggestActivity as suggest } from '../../domain/agency/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { Origin } from '../shared/index.js';
import { actingPerson, changeAccount, decisionMakerOf } from './account.js';
import type { AgencyDeps } from './ports.js';

/**
 * A person of the client suggests an activity for the traffic (seed 004 §3.1); one the
 * decision-maker suggests reaches the agency at once, others wait for the decision-maker.
 */
export async function suggestActivity(
  options: AgencyDeps & { actor: Principal; origin: Origin; contractId: string; title: string },
): Promise<Activity> {
  return changeAccount(options, 'agency.suggest', async ({ tx, account, now }) => {
    const check = decisionMakerOf(account);
    const activity = suggest({
      id: options.ids.newId(),
      title: options.title,
      suggestedBy: actingPerson(options.actor),
      at: now,
      decisionMaker: check.ok ? check.decisionMaker : null,
    });
    await tx.agency.saveActivity(options.contractId, activity);
    return { result: activity, resourceType: 'agency_activities', resourceId: activity.id };
  });
}
