import {
  type Ceremony,
  type Deliverable,
  type Sprint,
  sprintsBetween,
} from '../../domain/agency/index.js';
import type { AccountMeeting } from '../../domain/customer-success/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { addMonths } from '../../domain/time/index.js';
import { digestSecret } from '../identity/index.js';
import { agencyContract, requireAccount, sprintPlanOf } from './account.js';
import type { AgencyDeps } from './ports.js';
import { ceremonyHorizonMonths } from './set-up-agency.js';

/** What a contract's calendar feed shows, in the contract's zone. */
export interface CalendarFeed {
  readonly contractId: string;
  readonly contractName: string;
  readonly timeZone: string;
  /** The ceremonies not cancelled and the impasse follow-ups. */
  readonly ceremonies: readonly Ceremony[];
  readonly sprints: readonly Sprint[];
  readonly deliverables: readonly Deliverable[];
  /** Customer success's meetings of the contract. */
  readonly meetings: readonly AccountMeeting[];
}

/** The feed of one contract as `actor` may read it (before any filtering by attendance). */
export async function contractFeed(
  options: Pick<AgencyDeps, 'contracts' | 'calendars' | 'agency' | 'accountMeetings'> & {
    actor: Principal;
    contractId: string;
  },
): Promise<CalendarFeed> {
  const { contractId } = options;
  const { record, calendar } = await agencyContract({ ...options, action: 'agency.read' });
  const account = requireAccount(await options.agency.findAccount(contractId));
  const impasses = await options.agency.impasses(contractId);
  return {
    contractId,
    contractName: record.name,
    timeZone: calendar.timeZone,
    // A cancelled ceremony leaves the feed: subscribed calendars drop an event that is gone at
    // their next refresh, while several ignore STATUS:CANCELLED in a published feed.
    ceremonies: [
      ...(await options.agency.ceremonies(contractId)).filter((c) => c.status !== 'cancelled'),
      ...impasses.flatMap((impasse) => impasse.followUps),
    ],
    sprints: sprintsBetween(
      calendar,
      sprintPlanOf(account),
      account.operationStart,
      addMonths(account.operationStart, ceremonyHorizonMonths),
    ),
    deliverables: await options.agency.deliverables(contractId),
    meetings: await options.accountMeetings.meetings(contractId),
  };
}

/**
 * A contract's calendar feed, opened by its secret token (no sign-in: calendar clients cannot):
 * the ceremonies and impasse follow-ups, the sprints of the scheduled horizon and the
 * deliverables' deadlines. An unknown or revoked token reads as not found.
 */
export async function readCalendarFeed(
  options: Pick<AgencyDeps, 'contracts' | 'calendars' | 'agency' | 'accountMeetings'> & {
    token: string;
  },
): Promise<CalendarFeed> {
  const token = await options.agency.findFeedToken(digestSecret(options.token));
  if (token === undefined) throw new DomainError('not_found', 'no such calendar feed');
  // The token is the authority: it was issued by someone who may read this contract.
  return contractFeed({ ...options, actor: { system: 'job' }, contractId: token.contractId });
}
