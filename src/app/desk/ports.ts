/** What the desk module needs: tickets with their logs and messages, SLA notices, compliance counts. */
import type { ClockName, SlaProjection, SlaState, TicketEvent } from '../../domain/sla/index.js';
import type {
  LoggedEvent,
  MessageVisibility,
  QueueSort,
  SortDirection,
} from '../../domain/tickets/index.js';
import type { TicketStatus } from '../../domain/tickets/status.js';
import type {
  Channel,
  Classification,
  Criticality,
  RequestOutcome,
  SupportLevel,
  TicketKind,
} from '../../domain/tickets/vocabulary.js';
import type { CalendarReader } from '../calendars/index.js';
import type { ContractContextCache, ContractReader } from '../contracts/index.js';
import type { HourBankDeps } from '../hour-bank/index.js';
import type { OrganisationReader, UserReader } from '../identity/index.js';
import type { KnowledgeReader } from '../knowledge/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** A ticket's fields and its SLA projection. */
export interface TicketRecord extends SlaProjection {
  id: string;
  number: string;
  contractId: string;
  clientId: string;
  requesterId: string;
  assigneeId: string | null;
  subject: string;
  channel: Channel;
  classification: Classification;
  criticality: Criticality;
  level: SupportLevel;
  status: TicketStatus;
  outcome: RequestOutcome | null;
  /** When the managing partner handed the ticket to the provider (seed 001), if it did. */
  escalatedAt: Date | null;
  openedAt: Date;
  updatedAt: Date;
}

/** A ticket with the names a list or a header shows beside its ids. */
export interface TicketSummary extends TicketRecord {
  clientName: string;
  contractName: string;
  requesterName: string;
  assigneeName: string | null;
}

/** Metadata of an attached file (the file itself lives in the mail or storage system). */
export interface AttachmentMeta {
  /** The stored file's id when it can be downloaded (a mail attachment). */
  id?: string | undefined;
  name: string;
  contentType: string;
  bytes: number;
}

/** A public reply or a note (for the provider only, or shared with the managing partner). */
export interface TicketMessage {
  id: string;
  ticketId: string;
  authorId: string | null;
  visibility: MessageVisibility;
  automatic: boolean;
  body: string;
  attachments: AttachmentMeta[];
  createdAt: Date;
  /** The received mail it came in; null when it was written in Pacta. */
  mailId: string | null;
}

/** A message before the store gives it an id (`mailId` only when it came by mail). */
export type NewMessage = Omit<TicketMessage, 'id' | 'ticketId' | 'mailId'> & { mailId?: string };

/** The fields a command may change on the ticket row. */
export type TicketChanges = Partial<
  Pick<
    TicketRecord,
    | 'assigneeId'
    | 'criticality'
    | 'level'
    | 'status'
    | 'outcome'
    | 'classification'
    | 'subject'
    | 'escalatedAt'
  >
>;

/** Filters, order and page of the ticket list; an absent filter matches every ticket. */
export interface TicketFilter {
  /** The organisations in the reader's reach (undefined: every one). */
  clientIds?: readonly string[] | undefined;
  /** One client picked in the list. */
  clientId?: string | undefined;
  requesterId?: string | undefined;
  contractId?: string | undefined;
  statuses?: readonly TicketStatus[] | undefined;
  slaStates?: readonly SlaState[] | undefined;
  criticality?: Criticality | undefined;
  kind?: TicketKind | undefined;
  level?: SupportLevel | undefined;
  channel?: Channel | undefined;
  /** A person's id, or null for the tickets nobody works. */
  assigneeId?: string | null | undefined;
  /** Only the tickets a partner escalated to the provider (true) or the others (false). */
  escalated?: boolean | undefined;
  dueBefore?: Date | undefined;
  text?: string | undefined;
  /** The moment SLA states are read as of (see `projectionAt`): filters and order agree with it. */
  now: Date;
  sort: QueueSort;
  direction: SortDirection;
  limit: number;
  offset: number;
}

/** One page of the ticket list and how many tickets match in all. */
export interface TicketPage {
  tickets: TicketSummary[];
  total: number;
}

/** Per criticality: tickets decided on first response and how many met it. */
export interface ComplianceCount {
  criticality: Criticality;
  met: number;
  total: number;
}

/** An at-risk or breach notice. */
export interface SlaNotice {
  id: string;
  ticketId: string;
  clock: ClockName;
  kind: 'at_risk' | 'breached';
  moment: Date;
  createdAt: Date;
}

/** Tickets with their event logs and messages. */
export interface TicketRepository {
  create(ticket: Omit<TicketRecord, 'number'>): Promise<TicketRecord>;
  find(id: string): Promise<TicketRecord | undefined>;
  /** Takes the ticket's row lock until the transaction ends. */
  lock(id: string): Promise<TicketRecord | undefined>;
  events(id: string): Promise<TicketEvent[]>;
  /** The event log with who wrote each entry, oldest first. */
  log(id: string): Promise<LoggedEvent[]>;
  appendEvents(
    ticketId: string,
    events: readonly TicketEvent[],
    actorId: string | null,
  ): Promise<void>;
  /** The messages of the given visibilities, oldest first. */
  messages(id: string, visibilities: readonly MessageVisibility[]): Promise<TicketMessage[]>;
  addMessage(ticketId: string, message: NewMessage): Promise<TicketMessage>;
  /** Applies changes and the recomputed SLA projection; `at` is the new `updatedAt`. */
  update(
    id: string,
    input: { changes: TicketChanges; projection: SlaProjection; at: Date },
  ): Promise<TicketRecord>;
  /** A page of the tickets matching the filter, in its order, with the total that match. */
  page(filter: TicketFilter): Promise<TicketPage>;
  /** A ticket with the names of its client, contract, requester and assignee. */
  summary(id: string): Promise<TicketSummary | undefined>;
  /** Ids of open tickets whose SLA may have changed state by `now`. */
  dueForCheck(now: Date, limit: number): Promise<string[]>;
}

/** Tickets, read outside a transaction. */
export type TicketReader = Pick<
  TicketRepository,
  'find' | 'events' | 'log' | 'messages' | 'page' | 'summary' | 'dueForCheck'
>;

/** At-risk and breach notices, at most one per ticket, clock and kind. */
export interface SlaNoticeRepository {
  /** Records a notice unless that ticket's clock already has one of that kind; true when recorded. */
  add(notice: Omit<SlaNotice, 'id'>): Promise<boolean>;
  /** The newest notices first. */
  list(limit: number): Promise<SlaNotice[]>;
}

/** First-response compliance counts, aggregated from the stored SLA projections. */
export interface ComplianceQueries {
  /** Per criticality, tickets of a contract opened in `[from, to)` decided on first response as of `now`. */
  complianceCounts(contractId: string, from: Date, to: Date, now: Date): Promise<ComplianceCount[]>;
  /** Tickets of a contract opened in `[from, to)` whose first response is breached as of `now`, oldest first. */
  breachedTickets(
    contractId: string,
    from: Date,
    to: Date,
    now: Date,
    limit: number,
  ): Promise<TicketRecord[]>;
}

/** What desk use-cases write in one transaction. */
export interface DeskTx extends ChangeTx {
  tickets: TicketRepository;
  notices: SlaNoticeRepository;
}

/** Everything the desk use-cases need. */
export interface DeskDeps {
  clock: Clock;
  ids: Ids;
  contracts: ContractReader;
  /** Contract contexts kept per contract version for opening tickets (one per node). */
  contractContexts: ContractContextCache;
  calendars: Pick<CalendarReader, 'findById' | 'findByName'>;
  tickets: TicketReader;
  /** Who can be assigned, and the names of the people in a ticket's history. */
  users: Pick<UserReader, 'findById' | 'list'>;
  /** Whether a partner manages a ticket's client. */
  organisations: Pick<OrganisationReader, 'findById' | 'list'>;
  notices: Pick<SlaNoticeRepository, 'list'>;
  compliance: ComplianceQueries;
  /** Help-centre articles, to check a ticket redirected to documentation links a public one. */
  articles: Pick<KnowledgeReader, 'findBySlug'>;
  transact: Transact<DeskTx>;
  /** Time logged on a ticket goes through the hour bank. */
  hourBank: Pick<
    HourBankDeps,
    'clock' | 'ids' | 'contracts' | 'calendars' | 'ledger' | 'workLog' | 'transact'
  >;
}
