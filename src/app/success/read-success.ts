import type { Span } from '../../domain/agency/index.js';
import { dateOf } from '../../domain/agency/index.js';
import {
  type AccountMeeting,
  type AccountRequest,
  type CsmAssignment,
  type FirstLine,
  firstLineOf,
  suggestQuarterly,
} from '../../domain/customer-success/index.js';
import { can, type Principal } from '../../domain/identity/policy.js';
import type { PlanningForecast, SuccessDeps } from './ports.js';
import { successContract } from './success-contract.js';

/** A meeting with, for a planning meeting, the consumption the planning report forecasts. */
export interface MeetingWithForecast extends AccountMeeting {
  readonly forecast: PlanningForecast | null;
}

/** A contract's customer success: who looks after it, its meetings and account requests. */
export interface SuccessView {
  readonly contractId: string;
  /** The contract's zone: meetings are agreed at its wall times. */
  readonly timeZone: string;
  readonly firstLine: FirstLine;
  readonly csm: { readonly userId: string; readonly name: string; readonly email: string } | null;
  readonly partnerName: string | null;
  readonly assignments: readonly CsmAssignment[];
  readonly meetings: readonly MeetingWithForecast[];
  readonly requests: readonly AccountRequest[];
  /** Where the next quarterly review could go. */
  readonly suggestedQuarterly: Span | null;
}

/** Whether `actor` reads the planning report's figures (they carry the bill). */
function readsForecast(actor: Principal): boolean {
  return !('userId' in actor) || can(actor, 'reports.read');
}

/**
 * A contract's customer success as `actor` may read it (provider staff and the client's or its
 * partner's people): the first line (CSM, or the partner of an indirect client), the meetings
 * with each planning meeting's forecast consumption, the account requests and the next
 * quarterly review suggested.
 */
export async function readSuccess(
  options: SuccessDeps & { actor: Principal; contractId: string },
): Promise<SuccessView> {
  const { record, calendar, account, today } = await successContract({
    ...options,
    action: 'success.read',
  });
  const [assignments, meetings, requests] = await Promise.all([
    options.success.assignments(account.organisationId),
    options.success.meetings(options.contractId),
    options.success.requests(options.contractId),
  ]);
  const firstLine = firstLineOf(account, assignments, today);
  const csmUser = firstLine.kind === 'csm' ? await options.users.findById(firstLine.userId) : null;
  const partner =
    firstLine.kind === 'partner' ? await options.organisations.findById(firstLine.partnerId) : null;
  const withForecast = await Promise.all(
    meetings.map(async (meeting) => ({
      ...meeting,
      forecast:
        meeting.kind === 'monthly_planning' &&
        meeting.status !== 'cancelled' &&
        readsForecast(options.actor)
          ? await options.forecast(
              options.actor,
              options.contractId,
              dateOf(calendar, meeting.slot.start),
            )
          : null,
    })),
  );
  const now = options.clock.now().getTime();
  return {
    contractId: options.contractId,
    timeZone: calendar.timeZone,
    firstLine,
    csm: csmUser ? { userId: csmUser.id, name: csmUser.name, email: csmUser.email } : null,
    partnerName: partner?.name ?? null,
    assignments,
    meetings: withForecast,
    requests,
    suggestedQuarterly:
      account.partnerId === null
        ? suggestQuarterly(calendar, record.contract.start, today, now, meetings)
        : null,
  };
}
