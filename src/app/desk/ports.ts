import type { SlaProjection, SlaState, TicketEvent } from '../../domain/sla/index.js';
import type { TicketStatus } from '../../domain/tickets/status.js';
import type {
  Channel,
  Classification,
  Criticality,
  RequestOutcome,
  SupportLevel,
} from '../../domain/tickets/vocabulary.js';

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
  openedAt: Date;
  updatedAt: Date;
}

/** Metadata of an attached file (the file itself lives in the mail or storage system). */
export interface AttachmentMeta {
  name: string;
  contentType: string;
  bytes: number;
}

/** A public reply or an internal note. */
export interface TicketMessage {
  id: string;
  ticketId: string;
  authorId: string | null;
  visibility: 'public' | 'internal';
  automatic: boolean;
  body: string;
  attachments: AttachmentMeta[];
  createdAt: Date;
}

/** A message before the store gives it an id. */
export type NewMessage = Omit<TicketMessage, 'id' | 'ticketId'>;

/** The fields a command may change on the ticket row. */
export type TicketChanges = Partial<
  Pick<
    TicketRecord,
    'assigneeId' | 'criticality' | 'level' | 'status' | 'outcome' | 'classification' | 'subject'
  >
>;

/** What a command may do to one ticket while holding its lock (one transaction). */
export interface TicketSession {
  readonly ticket: TicketRecord;
  readonly events: readonly TicketEvent[];
  save(input: {
    events: readonly TicketEvent[];
    message: NewMessage | null;
    changes: TicketChanges;
    projection: SlaProjection;
    actorId: string | null;
    at: Date;
  }): Promise<TicketRecord>;
}

/** Filters of the ticket list. */
export interface TicketFilter {
  clientIds?: readonly string[] | undefined;
  requesterId?: string | undefined;
  contractId?: string | undefined;
  statuses?: readonly TicketStatus[] | undefined;
  slaStates?: readonly SlaState[] | undefined;
  criticality?: Criticality | undefined;
  dueBefore?: Date | undefined;
  text?: string | undefined;
  limit: number;
  offset: number;
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
  clock: string;
  kind: 'at_risk' | 'breached';
  moment: Date;
  createdAt: Date;
}

/** Tickets, their logs and messages, requesters and notices. */
export interface TicketRepository {
  create(input: {
    ticket: Omit<TicketRecord, 'number'>;
    events: readonly TicketEvent[];
    message: NewMessage;
    actorId: string | null;
  }): Promise<TicketRecord>;
  find(id: string): Promise<TicketRecord | undefined>;
  events(id: string): Promise<TicketEvent[]>;
  messages(id: string, includeInternal: boolean): Promise<TicketMessage[]>;
  list(filter: TicketFilter): Promise<TicketRecord[]>;
  /** Runs `work` in one transaction holding the ticket's row lock. */
  withLock<T>(id: string, work: (session: TicketSession) => Promise<T>): Promise<T>;
  /** Ids of open tickets whose SLA may have changed state by `now`. */
  dueForCheck(now: Date, limit: number): Promise<string[]>;
  /** Records a notice unless that ticket's clock already has one of that kind; true when recorded. */
  addNotice(notice: Omit<SlaNotice, 'id'>): Promise<boolean>;
  listNotices(limit: number): Promise<SlaNotice[]>;
  complianceCounts(contractId: string, from: Date, to: Date): Promise<ComplianceCount[]>;
  requesters(contractId: string): Promise<string[]>;
  setRequesters(contractId: string, userIds: readonly string[]): Promise<void>;
}
