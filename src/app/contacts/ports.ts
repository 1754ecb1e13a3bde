/** What the contacts use-cases need: contacts, their trace and activity, and the privacy runner. */
import type {
  AnonymisationLogEntry,
  AnonymisationPlan,
  Contact,
  ExportStep,
  LegalHold,
  RetentionCandidate,
  RetentionRule,
  StoredData,
  TraceEntry,
} from '../../domain/contacts/index.js';
import type { Meeting, MeetingKind } from '../../domain/customer-success/index.js';
import type { ContractReader } from '../contracts/index.js';
import type { OrganisationReader, UserReader } from '../identity/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** Which contacts a list shows: a text found in names and emails, an account, at most `limit`. */
export interface ContactQuery {
  readonly text?: string;
  readonly organisationId?: string;
  readonly limit: number;
}

/** One ticket the contact asked for, as the 360° view lists it. */
export interface ContactTicket {
  readonly id: string;
  readonly number: string;
  readonly subject: string;
  readonly status: string;
  readonly slaState: string | null;
  readonly openedAt: Date;
}

/** One message the contact wrote on a ticket. */
export interface ContactMessage {
  readonly ticketId: string;
  readonly at: Date;
  readonly body: string;
}

/** One consumption the contact approved or rejected in an hour bank. */
export interface ContactApproval {
  readonly contractId: string;
  readonly onDate: string;
  readonly type: string;
}

/** One customer-success meeting the contact was invited to. */
export interface ContactMeeting {
  readonly meetingId: string;
  readonly contractId: string;
  readonly kind: MeetingKind;
  readonly start: Date;
  readonly status: Meeting['status'];
}

/** What the contact did through the other modules (seed 003's "visión 360º"). */
export interface ContactActivity {
  readonly tickets: readonly ContactTicket[];
  readonly messages: readonly ContactMessage[];
  readonly approvals: readonly ContactApproval[];
  readonly meetings: readonly ContactMeeting[];
}

/** Contacts and their history. */
export interface ContactRepository {
  /** Inserts a contact or replaces it whole. */
  save(contact: Contact): Promise<void>;
  find(id: string): Promise<Contact | undefined>;
  /** The person contact a sign-in user is. */
  findByUser(userId: string): Promise<Contact | undefined>;
  list(query: ContactQuery): Promise<Contact[]>;
  /** Appends lines to contacts' histories. */
  appendTrace(entries: readonly (TraceEntry & { readonly id: string })[]): Promise<void>;
  /** A contact's history, oldest first. */
  trace(contactId: string): Promise<TraceEntry[]>;
  /** What the contact did elsewhere (empty for a contact who never signed in or wrote). */
  activity(contact: Contact): Promise<ContactActivity>;
}

/** Contacts read outside a transaction. */
export type ContactReader = Omit<ContactRepository, 'save' | 'appendTrace'>;

/** Whose rows an export or anonymisation reaches: the contact and the user it signs in as. */
export interface PrivacySubject {
  readonly contactId: string;
  readonly userId: string | null;
}

/** One table's rows of a subject, as exported. */
export interface ExportedRows {
  readonly table: string;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/** Runs the domain's access exports and anonymisation plans against the database. */
export interface PrivacyStore {
  exportSubject(steps: readonly ExportStep[], subject: PrivacySubject): Promise<ExportedRows[]>;
  /** Runs a plan; returns the attachments it removed, whose files are to be deleted. */
  anonymise(plan: AnonymisationPlan): Promise<readonly unknown[]>;
}

/** Retention rules per organisation and the contacts they reach. */
export interface RetentionRepository {
  rules(): Promise<RetentionRule[]>;
  /** Sets an organisation's rule, or removes it (null). */
  saveRule(organisationId: string, rule: RetentionRule | null, at: Date): Promise<void>;
  /** The contacts of these organisations with their tickets' status and closing instant. */
  candidates(organisationIds: readonly string[]): Promise<RetentionCandidate[]>;
}

/** Legal holds, in force or lifted. */
export interface LegalHoldRepository {
  /** Inserts a hold or records its lifting. */
  save(hold: LegalHold): Promise<void>;
  find(id: string): Promise<LegalHold | undefined>;
  /** Every hold, in force first, newest first. */
  list(): Promise<LegalHold[]>;
  /** The holds in force on the contact, or on a contract of the tickets its user asked for. */
  keeping(subject: PrivacySubject): Promise<LegalHold[]>;
}

/** The anonymisation log in the database, numbered from 1; the log file mirrors it. */
export interface AnonymisationLogRepository {
  /** Logs an anonymisation under the next number (in the anonymisation's transaction). */
  append(entry: Omit<AnonymisationLogEntry, 'sequence'>): Promise<AnonymisationLogEntry>;
  /**
   * Puts back an entry of the log file as it was (a replay after a restore), in a transaction,
   * when it comes right after the last; false, and nothing written, otherwise.
   */
  putBack(entry: AnonymisationLogEntry): Promise<boolean>;
  /** The entries numbered after `sequence`, in order. */
  after(sequence: number): Promise<AnonymisationLogEntry[]>;
  /** The last entry's number (0 for an empty log). */
  last(): Promise<number>;
}

/** What contacts use-cases write in one transaction. */
export interface ContactsTx extends ChangeTx {
  contacts: ContactRepository;
  privacy: PrivacyStore;
  retention: RetentionRepository;
  legalHolds: LegalHoldRepository;
  anonymisationLog: AnonymisationLogRepository;
}

/** Everything the contacts use-cases need. */
export interface ContactsDeps {
  clock: Clock;
  ids: Ids;
  contacts: ContactReader;
  organisations: OrganisationReader;
  /** The users contacts sign in as (an erasure also looks for their names and addresses). */
  users: Pick<UserReader, 'findById'>;
  privacy: Pick<PrivacyStore, 'exportSubject'>;
  retention: Pick<RetentionRepository, 'rules' | 'candidates'>;
  legalHolds: Pick<LegalHoldRepository, 'find' | 'list'>;
  anonymisationLog: Pick<AnonymisationLogRepository, 'after' | 'last'>;
  contracts: Pick<ContractReader, 'find'>;
  /** Every module's stored-data declarations (what exports and anonymisation walk). */
  storedData: readonly StoredData[];
  transact: Transact<ContactsTx>;
}
