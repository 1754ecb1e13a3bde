/**
 * What the customer-success module needs: its CSM assignments, meetings and account requests,
 * the contracts, calendars, organisations, users and contacts they refer to, and the monthly
 * planning report's forecast for a planning meeting.
 */
import type {
  AccountMeeting,
  AccountRequest,
  CsmAssignment,
} from '../../domain/customer-success/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { LocalDate } from '../../domain/time/index.js';
import type { AgencyMailer, InvitationQueue } from '../agency/index.js';
import type { CalendarReader } from '../calendars/index.js';
import type { ContactReader } from '../contacts/index.js';
import type { ContractReader } from '../contracts/index.js';
import type { OrganisationReader, UserReader } from '../identity/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** CSM assignments, meetings and account requests. */
export interface SuccessRepository {
  /** An account's CSM assignments, oldest first. */
  assignments(organisationId: string): Promise<CsmAssignment[]>;
  /** Every account's CSM assignments, oldest first. */
  allAssignments(): Promise<CsmAssignment[]>;
  /** Replaces an account's assignments with `list`. */
  saveAssignments(
    organisationId: string,
    list: readonly CsmAssignment[],
    by: string | null,
    at: Date,
  ): Promise<void>;
  /** A contract's meetings, earliest first. */
  meetings(contractId: string): Promise<AccountMeeting[]>;
  /** The contracts that have meetings, in id order. */
  meetingContractIds(): Promise<string[]>;
  /** Takes the meeting's row lock until the transaction ends. */
  lockMeeting(id: string): Promise<AccountMeeting | undefined>;
  /** Inserts or replaces a meeting and its attendees. */
  saveMeeting(meeting: AccountMeeting, at: Date): Promise<void>;
  /** A contract's account requests, oldest first. */
  requests(contractId: string): Promise<AccountRequest[]>;
  /** Takes the request's row lock until the transaction ends. */
  lockRequest(id: string): Promise<AccountRequest | undefined>;
  /** Inserts or replaces a request. */
  saveRequest(request: AccountRequest): Promise<void>;
}

/** Customer success read outside a transaction. */
export type SuccessReader = Pick<
  SuccessRepository,
  'assignments' | 'allAssignments' | 'meetings' | 'meetingContractIds' | 'requests'
>;

/** What a planning meeting forecasts, read from the monthly planning report of its day. */
export interface PlanningForecast {
  readonly forecastMinutes: number;
  readonly availableMinutes: number;
  readonly shortfallMinutes: number;
  readonly idleMinutes: number;
}

/** The monthly planning report's forecast for a contract on a day, as `actor` may read it. */
export type ForecastOf = (
  actor: Principal,
  contractId: string,
  date: LocalDate,
) => Promise<PlanningForecast>;

/** What customer-success use-cases write in one transaction. */
export interface SuccessTx extends ChangeTx {
  success: SuccessRepository;
  /** The outgoing queue meeting invitations join (the agency ceremonies' own). */
  ceremonyInvitations: InvitationQueue;
}

/** Everything the customer-success use-cases need. */
export interface SuccessDeps {
  clock: Clock;
  ids: Ids;
  contracts: ContractReader;
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>;
  organisations: Pick<OrganisationReader, 'findById'>;
  users: Pick<UserReader, 'findById' | 'list'>;
  contacts: Pick<ContactReader, 'find' | 'list'>;
  /** Words meeting invitations and renders their `.ics` (the agency's mailer). */
  mailer: AgencyMailer;
  success: SuccessReader;
  forecast: ForecastOf;
  transact: Transact<SuccessTx>;
}
