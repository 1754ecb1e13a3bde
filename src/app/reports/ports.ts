/**
 * What the reports module needs: the data each report is computed from (contracts, ledger, work
 * log, tickets, compliance counts, the client's people) and the archive of issued reports, where
 * each issue is an immutable snapshot of the model as it was sent.
 */
import type { IssueReason, MetricReading, ReportKind } from '../../domain/reports/index.js';
import type { LocalDate } from '../../domain/time/index.js';
import type { CalendarReader } from '../calendars/index.js';
import type { ContractReader, ContractRepository, LedgerReader } from '../contracts/index.js';
import type { ComplianceQueries, TicketReader } from '../desk/index.js';
import type { WorkLogReader } from '../hour-bank/index.js';
import type { UserReader } from '../identity/index.js';
import type { ProjectReader } from '../projects/index.js';
import type { QuoteReader } from '../quotes/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** An issued report in the archive: what was computed, for whom, and when. Never changed. */
export interface IssuedReportRecord {
  id: string;
  contractId: string;
  /** The client organisation, for the tenant check. */
  clientId: string;
  kind: ReportKind;
  periodStart: LocalDate;
  periodLastDay: LocalDate;
  version: number;
  /** The issue this one replaces (a re-issue), or null for the first. */
  replacesId: string | null;
  reason: IssueReason;
  /** The contract-local day it was issued. */
  issuedOn: LocalDate;
  issuedAt: Date;
  issuedBy: string | null;
  /** The report's model as computed at issue time (JSON): what the PDF and CSV are rendered from. */
  model: unknown;
  /** The heading's names at issue time (a later rename does not rewrite a sent report). */
  contractName: string;
  clientName: string;
  timeZone: string;
}

/** An archived issue without its model, for lists. */
export type IssuedReportSummary = Omit<IssuedReportRecord, 'model'>;

/** The archive of issued reports: insert and read only (an issue is immutable). */
export interface IssuedReportRepository {
  add(record: IssuedReportRecord): Promise<void>;
  find(id: string): Promise<IssuedReportRecord | undefined>;
  /** The issues of a contract, newest first. */
  list(contractId: string): Promise<IssuedReportSummary[]>;
  /** The issues of one report (contract, kind, period). */
  versions(
    contractId: string,
    kind: ReportKind,
    periodStart: LocalDate,
  ): Promise<IssuedReportSummary[]>;
}

/** The archive, read outside a transaction. */
export type IssuedReportReader = Pick<IssuedReportRepository, 'find' | 'list'>;

/** A client's platform metrics: one value per contract, metric and day. */
export interface MetricReadingRepository {
  /** Stores readings; one of a metric and day already stored replaces its value. Counts new and changed ones. */
  save(
    contractId: string,
    readings: readonly MetricReading[],
    by: string | null,
    at: Date,
  ): Promise<{ created: number; changed: number }>;
  /** The readings dated in `[from, to)`, oldest first. */
  list(contractId: string, from: LocalDate, to: LocalDate): Promise<MetricReading[]>;
}

/** The account manager's recommendations of a monitoring window, set before the report is issued. */
export interface RecommendationRepository {
  /** Stores the window's text, replacing any before it. */
  set(
    contractId: string,
    windowStart: LocalDate,
    text: string,
    by: string | null,
    at: Date,
  ): Promise<void>;
  find(contractId: string, windowStart: LocalDate): Promise<string | undefined>;
}

/** The minutes an agent expects a ticket's work to take, planned for one period of the contract. */
export interface TicketEstimate {
  ticketId: string;
  contractId: string;
  /** The first day of the period the work is planned for. */
  plannedFor: LocalDate;
  minutes: number;
}

/** The estimates of planned work: at most one per ticket. */
export interface TicketEstimateRepository {
  /** Stores the ticket's estimate, replacing any before it. */
  set(estimate: TicketEstimate, by: string | null, at: Date): Promise<void>;
  /** Removes the ticket's estimate; false when it had none. */
  clear(ticketId: string): Promise<boolean>;
  find(ticketId: string): Promise<TicketEstimate | undefined>;
  /** The contract's estimates planned for days in `[from, to)`, by day then ticket. */
  planned(contractId: string, from: LocalDate, to: LocalDate): Promise<TicketEstimate[]>;
}

/** What a report's issue writes in one transaction (holding the contract's lock). */
export interface ReportsTx extends ChangeTx {
  contracts: Pick<ContractRepository, 'lock'>;
  issuedReports: IssuedReportRepository;
  metricReadings: MetricReadingRepository;
  recommendations: RecommendationRepository;
  ticketEstimates: TicketEstimateRepository;
}

/** Everything the reports use-cases need. */
export interface ReportsDeps {
  clock: Clock;
  ids: Ids;
  contracts: ContractReader;
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>;
  ledger: LedgerReader;
  workLog: WorkLogReader;
  tickets: Pick<TicketReader, 'page' | 'events' | 'find'>;
  compliance: ComplianceQueries;
  users: Pick<UserReader, 'list'>;
  organisations: { findById(id: string): Promise<{ name: string } | undefined> };
  issuedReports: IssuedReportReader;
  metricReadings: Pick<MetricReadingRepository, 'list'>;
  recommendations: Pick<RecommendationRepository, 'find'>;
  ticketEstimates: Pick<TicketEstimateRepository, 'find' | 'planned'>;
  quotes: Pick<QuoteReader, 'listByContract'>;
  projects: Pick<ProjectReader, 'listByContract'>;
  transact: Transact<ReportsTx>;
}
