/**
 * What the mail module needs: received messages kept raw with their fate, their attachments,
 * the marks that thread a ticket's mail, the mail Pacta sends, and the edges it does not own
 * (parsing, authentication, rendering and sending are adapters in src/mail).
 */
import type { AuthVerdict } from '../../domain/mail/auth.js';
import type { FateReason, MailFate } from '../../domain/mail/fate.js';
import type { InboundMail } from '../../domain/mail/message.js';
import type { ReportKind } from '../../domain/reports/index.js';
import type { ClockName } from '../../domain/sla/index.js';
import type { TicketStatus } from '../../domain/tickets/status.js';
import type { LocalDate } from '../../domain/time/index.js';
import type { AgencyDeps, AgencyTx } from '../agency/index.js';
import type { DeskDeps, DeskTx } from '../desk/index.js';
import type { HourBankTx } from '../hour-bank/index.js';
import type { UserReader } from '../identity/index.js';
import type { QuotesDeps, QuotesTx } from '../quotes/index.js';
import type { IssuedReportReader } from '../reports/index.js';
import type { Clock, Ids, Transact } from '../shared/index.js';
import type { ApprovalRenderer, ApprovalRepository } from './approval-ports.js';
import type { MailboxReader, MailboxRepository, SecretBox } from './mailbox-ports.js';

/** How a message reached Pacta, beside its bytes (stored with it, replayed when it is processed). */
export interface ReceivedEnvelope {
  readonly source: 'smtp' | 'imap';
  readonly mailFrom?: string;
  readonly rcptTo: readonly string[];
  readonly remoteAddress?: string;
  readonly heloName?: string;
}

/** A received message as stored; `fate` is null until it has been processed. */
export interface StoredMail {
  id: string;
  receivedAt: Date;
  envelope: ReceivedEnvelope;
  raw: Buffer;
  size: number;
  digest: string;
  /** The Message-ID, `''` when the message has none. */
  messageId: string;
  fromAddress: string | null;
  subject: string;
  text: string;
  html: string | null;
  fate: MailFate | null;
  reason: FateReason | null;
  ticketId: string | null;
  processedAt: Date | null;
  attempts: number;
  lastError: string | null;
}

/** A stored message without its bytes, for lists. */
export type MailSummary = Omit<StoredMail, 'raw' | 'envelope'> & {
  source: ReceivedEnvelope['source'];
  attachments: MailAttachmentMeta[];
};

/** An attachment of a received message, without its bytes. */
export interface MailAttachmentMeta {
  id: string;
  filename: string;
  contentType: string;
  inline: boolean;
  size: number;
}

/** An attachment with its bytes. */
export interface MailAttachment extends MailAttachmentMeta {
  content: Buffer;
}

/** What processing learnt of a message, saved with its fate. */
export interface MailOutcome {
  fate: MailFate;
  reason: FateReason | null;
  ticketId: string | null;
  fromAddress: string | null;
  subject: string;
  text: string;
  html: string | null;
  processedAt: Date;
}

/** Filters of the received-mail list (newest first, keyset by `before`). */
export interface MailFilter {
  fate?: MailFate | 'pending' | undefined;
  reason?: FateReason | undefined;
  ticketId?: string | undefined;
  before?: { receivedAt: Date; id: string } | undefined;
  limit: number;
}

/** Received messages. */
export interface MailMessageRepository {
  /** Stores a message unless one with the same Message-ID and digest is stored; its id either way. */
  insert(
    mail: Pick<
      StoredMail,
      'id' | 'receivedAt' | 'envelope' | 'raw' | 'size' | 'digest' | 'messageId'
    >,
  ): Promise<{ id: string; inserted: boolean }>;
  find(id: string): Promise<StoredMail | undefined>;
  /** Messages not processed yet, oldest first, that have failed fewer than `maxAttempts` times. */
  pending(limit: number, maxAttempts: number): Promise<{ id: string; messageId: string }[]>;
  /** Another message with this Message-ID that already has a fate (a second copy of it). */
  handledCopy(messageId: string, exceptId: string): Promise<string | undefined>;
  /**
   * Saves a message's outcome if its fate is still `expected` (null: not processed yet), in one
   * statement that waits for a concurrent change of the message and then sees it; resolves with
   * the message's Message-ID, or undefined when its fate was no longer `expected`.
   */
  recordOutcome(
    id: string,
    outcome: MailOutcome,
    expected: MailFate | null,
  ): Promise<{ messageId: string } | undefined>;
  recordFailure(id: string, error: string): Promise<void>;
  addAttachments(mailId: string, attachments: readonly MailAttachment[]): Promise<void>;
  attachment(id: string): Promise<(MailAttachment & { mailId: string }) | undefined>;
  attachmentsOf(mailId: string): Promise<MailAttachmentMeta[]>;
  list(filter: MailFilter): Promise<MailSummary[]>;
}

/** The marks that thread a ticket's mail: its token and the Message-IDs of its messages. */
export interface MailThreadRepository {
  /** The ticket's token, stored now as `token` when it has none. */
  ensureToken(ticketId: string, token: string): Promise<string>;
  ticketByToken(token: string): Promise<string | undefined>;
  ticketByNumber(ticketNumber: number): Promise<string | undefined>;
  ticketByMessageId(messageId: string): Promise<string | undefined>;
  rememberMessageId(messageId: string, ticketId: string): Promise<void>;
}

/** Who may report on what, from the mail module's side. */
export interface MailDirectory {
  /** The contracts in force on which the user is an authorised requester. */
  requesterContracts(userId: string): Promise<string[]>;
}

/** Where a message Pacta sends stands. */
export const outgoingStatuses = ['queued', 'sending', 'sent', 'held', 'failed'] as const;
/** One of {@link outgoingStatuses}. */
export type OutgoingStatus = (typeof outgoingStatuses)[number];

/** A file sent with a message, kept as text (a calendar invitation's `.ics`). */
export interface OutgoingFile {
  readonly filename: string;
  /** The full MIME type, e.g. `text/calendar; method=REQUEST; charset=utf-8`. */
  readonly contentType: string;
  readonly content: string;
}

/** A document kept by reference: rendered in the message's language when sent. */
export type DocumentRef = { kind: 'issued_report'; reportId: string };

/** What a message carries: a file kept with it, or a document by reference. */
export type AttachmentRef = DocumentRef | ({ kind: 'file' } & OutgoingFile);

/** An attachment's file, as the SMTP server receives it. */
export interface AttachmentFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** Renders a referenced document into its file (src/reports, for an issued report's PDF). */
export type AttachmentRenderer = (
  ref: DocumentRef,
  language: 'es' | 'en',
) => Promise<AttachmentFile>;

/** A message Pacta sends, as kept until (and after) it is sent. */
export interface OutgoingRecord {
  id: string;
  /** What made it (handler and event id): the same event never queues it twice. */
  dedupeKey: string;
  messageId: string;
  ticketId: string | null;
  /** The ticket's number and token: its `[#n]` subject tag and plus-addressed Reply-To. */
  ticket: { number: number; token: string } | null;
  toAddress: string;
  toName: string;
  language: 'es' | 'en';
  subject: string;
  text: string;
  html: string;
  automatic: boolean;
  inReplyTo: string | null;
  /** A Reply-To of its own (an approval's token address); null: the ticket's, or none. */
  replyTo: string | null;
  attachments: readonly AttachmentRef[];
  status: OutgoingStatus;
  attempts: number;
  createdAt: Date;
  sendAfter: Date;
  sentAt: Date | null;
  lastError: string | null;
}

/** Mail to send. */
export interface OutgoingRepository {
  /** Queues a message unless its dedupe key is already queued; true when queued now. */
  enqueue(
    mail: Omit<OutgoingRecord, 'attempts' | 'sentAt' | 'lastError' | 'status'>,
  ): Promise<boolean>;
  /** Queues many messages at once (a campaign's batch); the ids of those queued now. */
  enqueueMany(
    mails: readonly Omit<OutgoingRecord, 'attempts' | 'sentAt' | 'lastError' | 'status'>[],
  ): Promise<string[]>;
  /**
   * Claims queued messages due by `now` (and `sending` ones whose attempt was cut short before
   * `staleBefore`), marking each `sending` with one more attempt recorded before it is sent.
   */
  claim(now: Date, staleBefore: Date, limit: number): Promise<OutgoingRecord[]>;
  settle(
    id: string,
    change: { status: OutgoingStatus; sentAt?: Date; sendAfter?: Date; lastError?: string | null },
  ): Promise<void>;
  /** When automatic mail was last sent to the address, since `since`. */
  automaticSentTo(address: string, since: Date): Promise<Date[]>;
  list(filter: { status?: OutgoingStatus | undefined; limit: number }): Promise<OutgoingRecord[]>;
}

/** A received message as the rules and the desk see it (src/mail/parse.ts makes it). */
export interface ReadMail {
  readonly inbound: InboundMail;
  readonly html: string | null;
  readonly attachments: readonly {
    readonly filename: string | null;
    readonly contentType: string;
    readonly inline: boolean;
    readonly content: Buffer;
  }[];
}

/** The adapters the module calls: parse, authenticate. */
export interface MailReaders {
  parse(raw: Buffer, envelope: ReceivedEnvelope): Promise<ReadMail>;
  authenticate(raw: Buffer, envelope: ReceivedEnvelope): Promise<AuthVerdict>;
}

/** What Pacta tells people by mail, as data; the renderer puts it into words in their language. */
export type Notice =
  | { kind: 'acknowledgement'; ticketNumber: number; subject: string; name: string }
  | { kind: 'public_reply'; ticketNumber: number; subject: string; body: string; author: string }
  | { kind: 'status_changed'; ticketNumber: number; subject: string; status: TicketStatus }
  | { kind: 'agent_new_ticket'; ticketNumber: number; subject: string }
  | { kind: 'agent_client_reply'; ticketNumber: number; subject: string }
  | {
      kind: 'agent_sla';
      ticketNumber: number;
      subject: string;
      clock: ClockName;
      state: 'at_risk' | 'breached';
    };

/** A notice in words: subject, text and HTML. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** An issued report as its mail tells it: which report, of which contract and period. */
export interface ReportNotice {
  kind: ReportKind;
  contractName: string;
  clientName: string;
  periodStart: LocalDate;
  periodLastDay: LocalDate;
  version: number;
  name: string;
}

/** Puts an issued report's mail into words (src/mail/templates.ts). */
export type ReportMailRenderer = (notice: ReportNotice, language: 'es' | 'en') => RenderedMail;

/** Puts notices into words (src/mail/templates.ts, through the i18n layer). */
export type NoticeRenderer = (notice: Notice, language: 'es' | 'en') => RenderedMail;

/** Hands a message and its files to an SMTP server; resolves once the server accepted it. */
export type MailTransport = (
  mail: OutgoingRecord,
  files: readonly AttachmentFile[],
) => Promise<void>;

/** The installation's mail identity. */
export interface MailSettings {
  /** The desk's mailboxes; the first is the one Pacta sends from. */
  readonly mailboxes: readonly string[];
  /** This installation's `X-Pacta-Loop` value. */
  readonly loopMarker: string;
  /** The domain of the Message-IDs Pacta mints. */
  readonly messageIdDomain: string;
  /** The largest message stored, in bytes. */
  readonly maxMessageBytes: number;
}

/** What the mail module writes in one transaction: the desk's and hour bank's repositories and its own. */
export interface MailTx extends DeskTx, HourBankTx, QuotesTx, AgencyTx {
  mailApprovals: ApprovalRepository;
  mailMessages: MailMessageRepository;
  mailThreads: MailThreadRepository;
  outgoingMail: OutgoingRepository;
  mailboxes: MailboxRepository;
}

/** Everything the mail use-cases need. */
export interface MailDeps {
  clock: Clock;
  ids: Ids;
  settings: MailSettings;
  readers: MailReaders;
  mailMessages: Omit<MailMessageRepository, 'recordOutcome' | 'addAttachments'>;
  mailThreads: Pick<MailThreadRepository, 'ticketByToken' | 'ticketByNumber' | 'ticketByMessageId'>;
  outgoingMail: Pick<OutgoingRepository, 'claim' | 'settle' | 'automaticSentTo' | 'list'>;
  directory: MailDirectory;
  render: NoticeRenderer;
  renderApproval: ApprovalRenderer;
  mailApprovals: Pick<ApprovalRepository, 'byToken' | 'forSubject'>;
  /** The address people reach the web app at: the approval links start with it. */
  publicUrl: string;
  /** Puts an issued report's mail into words. */
  renderReportMail: ReportMailRenderer;
  /** Renders the documents queued mail carries. */
  attachments: AttachmentRenderer;
  /** The archive of issued reports, whose scheduled issues are mailed. */
  issuedReports: Pick<IssuedReportReader, 'find'>;
  /** Null when no SMTP server is configured: mail is held for the mail viewer. */
  transport: MailTransport | null;
  mailboxes: MailboxRepository;
  /** Null when `PACTA_SECRET_KEY` is not set: no mailbox can be saved or read. */
  secrets: SecretBox | null;
  mailboxReader: MailboxReader;
  users: Pick<UserReader, 'findByEmail' | 'findById' | 'list'>;
  organisations: { managedClientIds(partnerId: string): Promise<string[]> };
  desk: DeskDeps;
  /** The quotes module, to decide a quote version by mail. */
  quotes: QuotesDeps;
  /** The agency module, to answer a deliverable's delivery by mail. */
  agency: AgencyDeps;
  transact: Transact<MailTx>;
}
