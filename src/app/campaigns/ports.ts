/**
 * What the campaign use-cases need: campaigns and their messages, the outbox they queue mail in,
 * the audience (segment subjects and consents), the accounts and senders that personalise it.
 */
import type {
  CampaignState,
  CampaignVersion,
  ConsentPurpose,
  MessageOutcome,
  Segment,
  SuppressionReason,
} from '../../domain/communications/index.js';
import type { Contact, ContactLanguage } from '../../domain/contacts/index.js';
import type { CommunicationsDeps } from '../communications/index.js';
import type { OrganisationReader, UserReader } from '../identity/index.js';
import type { OutgoingRecord, OutgoingRepository } from '../mail/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';
import type { SuccessReader } from '../success/index.js';

/** A campaign as stored. */
export interface CampaignRecord {
  readonly id: string;
  readonly name: string;
  readonly purpose: ConsentPurpose;
  readonly defaultLanguage: ContactLanguage;
  /** In priority order: a contact in several gets the first one's version. */
  readonly segments: readonly Segment[];
  readonly versions: readonly CampaignVersion[];
  /** The links a click may lead to (from the versions' HTML). */
  readonly links: readonly string[];
  readonly state: CampaignState;
  /** Messages handed to the outbox per minute (1 to 10,000). */
  readonly perMinute: number;
  readonly startAt: Date | null;
  /** When the next batch may be queued (the throttle, kept across restarts). */
  readonly nextBatchAt: Date | null;
  /** Who scheduled it: signs when a contact's account has no CSM (or it has no account). */
  readonly senderUserId: string | null;
  readonly createdBy: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly finishedAt: Date | null;
}

/** One recipient's message of a campaign. */
export interface CampaignMessageRecord {
  readonly id: string;
  readonly campaignId: string;
  readonly contactId: string;
  /** Its mail in the outbox. */
  readonly outgoingId: string;
  readonly toAddress: string;
  readonly versionKey: string;
  readonly language: ContactLanguage;
  readonly queuedAt: Date;
}

/** An open or a click recorded by the tracking routes. */
export interface CampaignEventRecord {
  readonly id: string;
  readonly messageId: string;
  readonly kind: 'opened' | 'clicked';
  readonly link: number | null;
  readonly at: Date;
}

/** A campaign's figures, counted per message (opens and clicks also in total). */
export interface CampaignFigures {
  /** Messages handed to the outbox. */
  readonly queued: number;
  /** Messages the outbox has tried to send (accepted or rejected). */
  readonly sent: number;
  /** Accepted by the SMTP server and not returned by a bounce report. */
  readonly delivered: number;
  /** Refused by the SMTP server for good, or accepted and then returned by a bounce report. */
  readonly bounced: number;
  readonly opened: number;
  readonly opens: number;
  readonly clicked: number;
  readonly clicks: number;
  /** Recipients who withdrew through this campaign's unsubscribe link. */
  readonly unsubscribed: number;
}

/** A campaign message to an address and what became of it (the soft-bounce count reads it). */
export interface MessageToAddress extends MessageOutcome {
  readonly message: CampaignMessageRecord;
}

/** A campaign a contact received, for the 360° view. */
export interface ReceivedCampaign {
  readonly campaignId: string;
  readonly name: string;
  readonly queuedAt: Date;
  readonly status: OutgoingRecord['status'];
  readonly opened: boolean;
  readonly clicked: boolean;
}

/** Campaigns, their messages and events. */
export interface CampaignRepository {
  /** Inserts a campaign or replaces it whole. */
  save(campaign: CampaignRecord): Promise<void>;
  find(id: string): Promise<CampaignRecord | undefined>;
  /** Takes the campaign's row lock until the transaction ends. */
  lock(id: string): Promise<CampaignRecord | undefined>;
  /** Newest first. */
  list(): Promise<CampaignRecord[]>;
  /** Ids of campaigns scheduled or sending whose next batch is due at `now`. */
  due(now: Date): Promise<string[]>;
  /** The contacts and addresses a campaign has queued a message for already. */
  queued(campaignId: string): Promise<{ contactIds: string[]; addresses: string[] }>;
  addMessages(messages: readonly CampaignMessageRecord[]): Promise<void>;
  message(id: string): Promise<CampaignMessageRecord | undefined>;
  addEvent(event: CampaignEventRecord): Promise<void>;
  /** The campaign message whose mail is `outgoingId`. */
  messageMailedAs(outgoingId: string): Promise<CampaignMessageRecord | undefined>;
  /** The campaign messages whose mail went out under these Message-IDs. */
  messagesSentAs(messageIds: readonly string[]): Promise<CampaignMessageRecord[]>;
  /** The newest `limit` campaign messages to `address` queued after `since`, newest first. */
  lastMessagesTo(address: string, since: Date | null, limit: number): Promise<MessageToAddress[]>;
  /** Marks messages bounced by a returned report (once a message; again changes nothing). */
  addBounces(messageIds: readonly string[], mailId: string, at: Date): Promise<void>;
  figures(campaignId: string): Promise<CampaignFigures>;
  /** The campaigns a contact was sent, newest first. */
  receivedBy(contactId: string): Promise<ReceivedCampaign[]>;
}

/** Why an address is suppressed (the domain's reasons). */
export type { SuppressionReason };

/** An address no campaign mails after a hard bounce (or soft ones in a row) until it is lifted. */
export interface SuppressionRecord {
  /** Lower case. */
  readonly address: string;
  readonly contactId: string;
  readonly reason: SuppressionReason;
  /** The DSN status (`5.1.1`), the SMTP reply code (`550`), or the last soft bounce's (or ''). */
  readonly status: string;
  readonly campaignId: string;
  readonly suppressedAt: Date;
  readonly liftedAt: Date | null;
  readonly liftedBy: string | null;
}

/** Suppressed addresses. */
export interface SuppressionRepository {
  /** Suppresses each address (again, if it was lifted: a new hard bounce). */
  suppress(rows: readonly SuppressionRecord[]): Promise<void>;
  /** Lifts the address's suppression; false when it is not suppressed. */
  lift(address: string, by: string, at: Date): Promise<boolean>;
  /** A contact's suppressions, lifted ones too, newest first. */
  ofContact(contactId: string): Promise<SuppressionRecord[]>;
  /** The address's suppression, in force or lifted, if it ever had one. */
  ofAddress(address: string): Promise<SuppressionRecord | undefined>;
}

/** Campaigns read outside a transaction. */
export type CampaignReader = Omit<
  CampaignRepository,
  'save' | 'lock' | 'addMessages' | 'addEvent' | 'addBounces'
>;

/** What campaign use-cases write in one transaction. */
export interface CampaignsTx extends ChangeTx {
  campaigns: CampaignRepository;
  campaignSuppressions: SuppressionRepository;
  outgoingMail: Pick<OutgoingRepository, 'enqueueMany'>;
}

/** Everything the campaign use-cases need. */
export interface CampaignsDeps
  extends Pick<CommunicationsDeps, 'segmentSubjects' | 'unsubscribeSecrets'> {
  clock: Clock;
  ids: Ids;
  campaigns: CampaignReader;
  campaignSuppressions: Pick<SuppressionRepository, 'ofContact' | 'ofAddress'>;
  organisations: Pick<OrganisationReader, 'list'>;
  users: Pick<UserReader, 'findById'>;
  /** The accounts' CSM assignments: the assigned CSM signs their contacts' messages. */
  csmAssignments: Pick<SuccessReader, 'allAssignments'>;
  /** Where links in mail point (`PACTA_PUBLIC_URL`). */
  publicUrl: string;
  /** The domain of the Message-IDs Pacta mints. */
  messageIdDomain: string;
  /** A contact's salutation in a language (the catalogs live outside the app). */
  salutation: (contact: Contact, language: ContactLanguage) => string;
  transact: Transact<CampaignsTx>;
}
