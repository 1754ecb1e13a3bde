/**
 * What the agency module needs: a contract's agile set-up with the people on the account, and
 * its ceremonies, activities, deliverables, impasse facts, impasses and calendar-feed tokens;
 * the contracts and calendars it runs on, and the users it names.
 */
import type {
  Activity,
  Ceremony,
  Deliverable,
  Impasse,
  ImpasseFact,
  Person,
  RequiredInput,
} from '../../domain/agency/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import type { CalendarReader } from '../calendars/index.js';
import type { ContractReader } from '../contracts/index.js';
import type { OrganisationReader, UserReader } from '../identity/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';
import type { SuccessReader } from '../success/index.js';
import type { AgencyMailer, InvitationQueue } from './invitation-ports.js';

/** Someone on the account: who (a user id), which side, what part, how available. */
export interface AccountPerson extends Person {
  /** Share of their time available to the account, 0–100 (the decision-maker needs 20). */
  readonly availabilityPercent: number;
}

/** A contract's agile set-up (seed 004 §1) and its required-inputs checklist (§4). */
export interface AgencyAccount {
  readonly contractId: string;
  /** The first day of operation: moment zero's two weeks start here, sprint 1 after them. */
  readonly operationStart: LocalDate;
  readonly sprintBusinessDays: number;
  /** `HH:MM`, where ceremony searches start each day. */
  readonly preferredTime: string;
  /** The service includes paid media (adds control of the ad campaigns to the checklist). */
  readonly paidMedia: boolean;
  readonly people: readonly AccountPerson[];
  readonly checklist: readonly RequiredInput[];
}

/** A fact as stored: who recorded it (null: the rules themselves). */
export interface RecordedFact {
  readonly id: string;
  readonly fact: ImpasseFact;
  readonly recordedBy: string | null;
}

/** A feed token as stored (its hash only). */
export interface FeedToken {
  readonly id: string;
  readonly contractId: string;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

/** A user's own feed token as stored (its hash only). */
export interface UserFeedToken {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

/** Each user's own calendar-feed tokens. */
export interface UserFeedTokenRepository {
  addUserFeedToken(token: UserFeedToken, tokenHash: string): Promise<void>;
  /** Revokes every live feed token of the user at `at`; returns how many. */
  revokeUserFeedTokens(userId: string, at: Date): Promise<number>;
  /** The live user token with this hash, or undefined (unknown or revoked). */
  findUserFeedToken(tokenHash: string): Promise<UserFeedToken | undefined>;
}

/** An agency account's records, all keyed by contract. */
export interface AgencyRepository extends UserFeedTokenRepository {
  /** The contracts that have an agile set-up. */
  accountIds(): Promise<string[]>;
  findAccount(contractId: string): Promise<AgencyAccount | undefined>;
  /** Takes the account's row lock until the transaction ends: one change at a time per contract. */
  lockAccount(contractId: string): Promise<AgencyAccount | undefined>;
  /** Inserts or replaces the set-up, its people and its checklist. */
  saveAccount(account: AgencyAccount, by: string | null, at: Date): Promise<void>;
  ceremonies(contractId: string): Promise<Ceremony[]>;
  saveCeremonies(contractId: string, ceremonies: readonly Ceremony[]): Promise<void>;
  activities(contractId: string): Promise<Activity[]>;
  saveActivity(contractId: string, activity: Activity): Promise<void>;
  deliverables(contractId: string): Promise<Deliverable[]>;
  saveDeliverables(contractId: string, deliverables: readonly Deliverable[]): Promise<void>;
  facts(contractId: string): Promise<RecordedFact[]>;
  addFacts(contractId: string, facts: readonly RecordedFact[]): Promise<void>;
  impasses(contractId: string): Promise<Impasse[]>;
  saveImpasse(contractId: string, impasse: Impasse): Promise<void>;
  addFeedToken(token: FeedToken, tokenHash: string, by: string | null): Promise<void>;
  /** Revokes every live feed token of the contract at `at`; returns how many. */
  revokeFeedTokens(contractId: string, at: Date): Promise<number>;
  /** The live token with this hash, or undefined (unknown or revoked). */
  findFeedToken(tokenHash: string): Promise<FeedToken | undefined>;
}

/** The agency records, read outside a transaction. */
export type AgencyReader = Omit<
  AgencyRepository,
  | 'lockAccount'
  | 'saveAccount'
  | 'saveCeremonies'
  | 'saveActivity'
  | 'saveDeliverables'
  | 'addFacts'
  | 'saveImpasse'
  | 'addFeedToken'
  | 'revokeFeedTokens'
  | 'addUserFeedToken'
  | 'revokeUserFeedTokens'
>;

/** What agency use-cases write in one transaction. */
export interface AgencyTx extends ChangeTx {
  agency: AgencyRepository;
  ceremonyInvitations: InvitationQueue;
}

/** Everything the agency use-cases need. */
export interface AgencyDeps {
  clock: Clock;
  ids: Ids;
  contracts: ContractReader;
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>;
  users: Pick<UserReader, 'findById'>;
  /** The clients a partner manages: a user feed reads with the user's reach. */
  organisations: Pick<OrganisationReader, 'managedClientIds'>;
  agency: AgencyReader;
  /** Customer success's meetings (and CSMs, who attend them), in the contracts' feeds. */
  accountMeetings: Pick<SuccessReader, 'meetings' | 'meetingContractIds' | 'assignments'>;
  /** Words ceremony invitations and renders their `.ics`. */
  mailer: AgencyMailer;
  transact: Transact<AgencyTx>;
}
