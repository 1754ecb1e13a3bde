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
import { type AgencyContract, agencyContract, sprintPlanOf } from './account.js';
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
  /** Customer success's meetings of the contract, not cancelled. */
  readonly meetings: readonly AccountMeeting[];
}

/** The agency part of a contract's feed: none without an agency set-up. */
async function agencyEvents(
  options: Pick<AgencyDeps, 'agency'>,
  contract: AgencyContract,
): Promise<Pick<CalendarFeed, 'ceremonies' | 'sprints' | 'deliverables'>> {
  const contractId = contract.record.contract.id;
  const account = await options.agency.findAccount(contractId);
  if (account === undefined) return { ceremonies: [], sprints: [], deliverables: [] };
  const impasses = await options.agency.impasses(contractId);
  return {
    // A cancelled ceremony leaves the feed: subscribed calendars drop an event that is gone at
    // their next refresh, while several ignore STATUS:CANCELLED in a published feed.
    ceremonies: [
      ...(await options.agency.ceremonies(contractId)).filter((c) => c.status !== 'cancelled'),
      ...impasses.flatMap((impasse) => impasse.followUps),
    ],
    sprints: sprintsBetween(
      contract.calendar,
      sprintPlanOf(account),
      account.operationStart,
      addMonths(account.operationStart, ceremonyHorizonMonths),
    ),
    deliverables: await options.agency.deliverables(contractId),
  };
}

/**
 * The feed of one contract as `actor` may read it (before any filtering by attendance): its
 * customer-success meetings and, with an agency set-up, its ceremonies, sprints and deadlines.
 */
export async function contractFeed(
  options: Pick<AgencyDeps, 'contracts' | 'calendars' | 'agency' | 'accountMeetings'> & {
    actor: Principal;
    contractId: string;
  },
): Promise<CalendarFeed> {
  const contract = await agencyContract({ ...options, action: 'agency.read' });
  return {
    contractId: options.contractId,
    contractName: contract.record.name,
    timeZone: contract.calendar.timeZone,
    ...(await agencyEvents(options, contract)),
    // A cancelled meeting leaves the feed too, as a cancelled ceremony does.
    meetings: (await options.accountMeetings.meetings(options.contractId)).filter(
      (meeting) => meeting.status !== 'cancelled',
    ),
  };
}

/**
 * A contract's calendar feed, opened by its secret token (no sign-in: calendar clients cannot):
 * its customer-success meetings and, with an agency set-up, the ceremonies and impasse
 * follow-ups, the sprints of the scheduled horizon and the deliverables' deadlines. An unknown or revoked token reads as not found.
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
