import {
  type Activity,
  dateOf,
  decideIntake as decide,
  type IntakeChoice,
} from '../../domain/agency/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { hourlyRate } from '../../domain/projects/index.js';
import { type Origin, recordEvent } from '../shared/index.js';
import { actingPerson, changeAccount, currentSprintNumber } from './account.js';
import { quoteRequested } from './events.js';
import { findRecord } from './find-record.js';
import type { AgencyDeps } from './ports.js';

/**
 * The agency accepts a channelled activity into the backlog or a sprint (not one that is over),
 * or declines it as out of scope or off focus with a reason (§3.1); out of scope, with the
 * agency's estimate, records `agency.quote_requested` for the quotes module to draft the quote
 * (§3.4.1) — refused when the contract's plan has no hourly rate to price it.
 */
export async function decideIntake(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    activityId: string;
    choice: IntakeChoice;
  },
): Promise<Activity> {
  return changeAccount(options, 'agency.work', async ({ tx, account, contract, now }) => {
    if (options.choice.kind === 'out_of_scope') {
      // The quote prices the estimate at the plan's rate: refused before, not failing after.
      hourlyRate(contract.record.contract, dateOf(contract.calendar, now));
    }
    const found = findRecord(
      await tx.agency.activities(options.contractId),
      options.activityId,
      'activity',
    );
    const { activity, quoteRequest } = decide(found, {
      choice: options.choice,
      decidedBy: actingPerson(options.actor),
      at: now,
      currentSprint: currentSprintNumber(contract.calendar, account, now),
    });
    await tx.agency.saveActivity(options.contractId, activity);
    if (quoteRequest !== null) {
      await recordEvent(tx, options.ids, new Date(now), quoteRequested, {
        contractId: options.contractId,
        ...quoteRequest,
      });
    }
    return { result: activity, resourceType: 'agency_activities', resourceId: activity.id };
  });
}
