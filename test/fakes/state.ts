/**
 * The tables of the in-memory store: plain data that a transaction copies, changes and puts back
 * whole on commit (or drops when it fails), as PostgreSQL would.
 */
import type {
  AgencyAccount,
  FeedToken,
  RecordedFact,
  UserFeedToken,
} from '../../src/app/agency/index.js';
import type { StoredCalendar } from '../../src/app/calendars/index.js';
import type { Announcement } from '../../src/app/communications/index.js';
import type { ContractRecord } from '../../src/app/contracts/index.js';
import type { SlaNotice, TicketMessage, TicketRecord } from '../../src/app/desk/index.js';
import type { WorkRecord } from '../../src/app/hour-bank/index.js';
import type {
  ApiToken,
  Organisation,
  SecondFactor,
  SessionInfo,
  User,
} from '../../src/app/identity/index.js';
import type { StoredPlan } from '../../src/app/plans/index.js';
import type { ProjectRecord } from '../../src/app/projects/index.js';
import type { IssuedReportRecord, TicketEstimate } from '../../src/app/reports/index.js';
import type { AuditEntry, RecordedEvent } from '../../src/app/shared/index.js';
import type { Activity, Ceremony, Deliverable, Impasse } from '../../src/domain/agency/index.js';
import type { ConsentEvent } from '../../src/domain/communications/index.js';
import type {
  AnonymisationLogEntry,
  Contact,
  LegalHold,
  RetentionRule,
  TraceEntry,
} from '../../src/domain/contacts/index.js';
import type { Amendment } from '../../src/domain/contracts/index.js';
import type {
  AccountMeeting,
  AccountRequest,
  CsmAssignment,
} from '../../src/domain/customer-success/index.js';
import type { DomainError } from '../../src/domain/errors.js';
import type { Checkpoint, LedgerEntry } from '../../src/domain/hour-bank/index.js';
import type { AttemptCount } from '../../src/domain/identity/login-throttle.js';
import type { Article, Category, DeflectionEvent } from '../../src/domain/knowledge/index.js';
import type { Quote } from '../../src/domain/quotes/index.js';
import type { MetricReading } from '../../src/domain/reports/index.js';
import type { TicketEvent } from '../../src/domain/sla/index.js';
import { conflictOfConstraint } from '../../src/store/conflicts.js';
import { type CampaignTables, emptyCampaignState } from './campaigns.js';
import { emptyMailState, type MailState } from './mail.js';

/** An outbox row: the event and how its dispatch is going. */
export interface OutboxRow {
  event: RecordedEvent;
  seq: number;
  attempts: number;
  nextAttemptAt: Date;
  claimedUntil: Date | null;
  dispatchedAt: Date | null;
  failedAt: Date | null;
  lastError: string | null;
}

/** Every table, and the sequences that number rows as bigserial columns do. */
export interface State extends MailState, CampaignTables {
  sequences: Record<string, number>;
  organisations: Organisation[];
  users: (User & { passwordHash: string | null })[];
  sessions: (SessionInfo & { tokenHash: string; userId: string })[];
  passwordResets: {
    tokenHash: string;
    userId: string;
    createdAt: Date;
    expiresAt: Date;
    usedAt: Date | null;
  }[];
  tokens: (ApiToken & { tokenHash: string })[];
  secondFactors: Map<string, SecondFactor>;
  recoveryCodes: { userId: string; codeHash: string; usedAt: Date | null }[];
  signInAttempts: Map<string, AttemptCount>;
  audit: (AuditEntry & { id: string })[];
  calendars: StoredCalendar[];
  plans: StoredPlan[];
  contractRows: (Omit<ContractRecord['contract'], 'amendments'> &
    Omit<ContractRecord, 'contract'>)[];
  amendments: { contractId: string; amendment: Amendment; createdAt: Date; by: string | null }[];
  requesters: { contractId: string; userId: string }[];
  ledger: { contractId: string; entry: LedgerEntry }[];
  checkpoints: { contractId: string; checkpoint: Checkpoint }[];
  workLog: WorkRecord[];
  tickets: TicketRecord[];
  ticketEvents: { id: number; ticketId: string; event: TicketEvent; actorId: string | null }[];
  messages: TicketMessage[];
  notices: SlaNotice[];
  outbox: OutboxRow[];
  deliveries: { eventId: string; handler: string; deliveredAt: Date }[];
  issuedReports: IssuedReportRecord[];
  metricReadings: (MetricReading & { contractId: string })[];
  recommendations: { contractId: string; windowStart: string; text: string }[];
  ticketEstimates: TicketEstimate[];
  categories: Category[];
  articles: Article[];
  deflectionEvents: DeflectionEvent[];
  agency: AgencyTables;
  contacts: Contact[];
  contactTrace: (TraceEntry & { id: string })[];
  consents: ConsentEvent[];
  updateAnnouncements: Announcement[];
  retentionRules: RetentionRule[];
  legalHolds: LegalHold[];
  anonymisationLog: AnonymisationLogEntry[];
  quotes: Quote[];
  projects: ProjectRecord[];
  success: {
    assignments: CsmAssignment[];
    meetings: AccountMeeting[];
    requests: AccountRequest[];
  };
}

/** The agency module's rows: one list per record kind, each row tagged with its contract. */
export interface AgencyTables {
  accounts: AgencyAccount[];
  ceremonies: { contractId: string; ceremony: Ceremony }[];
  activities: { contractId: string; activity: Activity }[];
  deliverables: { contractId: string; deliverable: Deliverable }[];
  facts: { contractId: string; recorded: RecordedFact }[];
  impasses: { contractId: string; impasse: Impasse }[];
  feedTokens: (FeedToken & { tokenHash: string })[];
  userFeedTokens: (UserFeedToken & { tokenHash: string })[];
}

/** Empty tables. */
export function emptyState(): State {
  return {
    sequences: {},
    organisations: [],
    users: [],
    sessions: [],
    passwordResets: [],
    tokens: [],
    secondFactors: new Map(),
    recoveryCodes: [],
    signInAttempts: new Map(),
    audit: [],
    calendars: [],
    plans: [],
    contractRows: [],
    amendments: [],
    requesters: [],
    ledger: [],
    checkpoints: [],
    workLog: [],
    tickets: [],
    ticketEvents: [],
    messages: [],
    notices: [],
    outbox: [],
    deliveries: [],
    issuedReports: [],
    metricReadings: [],
    recommendations: [],
    ticketEstimates: [],
    categories: [],
    articles: [],
    deflectionEvents: [],
    agency: {
      accounts: [],
      ceremonies: [],
      activities: [],
      deliverables: [],
      facts: [],
      impasses: [],
      feedTokens: [],
      userFeedTokens: [],
    },
    contacts: [],
    contactTrace: [],
    consents: [],
    updateAnnouncements: [],
    retentionRules: [],
    legalHolds: [],
    anonymisationLog: [],
    quotes: [],
    projects: [],
    success: { assignments: [], meetings: [], requests: [] },
    ...emptyMailState(),
    ...emptyCampaignState(),
  };
}

/** The next value of a sequence (1, 2, 3…), as a bigserial column would give it. */
export function nextValue(state: State, sequence: string): number {
  const value = (state.sequences[sequence] ?? 0) + 1;
  state.sequences[sequence] = value;
  return value;
}

/** A unique constraint refused a row: the conflict the real store answers (src/store/conflicts.ts). */
export function uniqueViolation(constraint: string): DomainError {
  return conflictOfConstraint(constraint);
}
