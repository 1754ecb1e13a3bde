import type { ColumnType, Generated } from 'kysely';
import type {
  AgencyAccountsTable,
  AgencyActivitiesTable,
  AgencyCeremoniesTable,
  AgencyDeliverablesTable,
  AgencyFactsTable,
  AgencyFeedTokensTable,
  AgencyImpassesTable,
  AgencyPeopleTable,
  AgencyUserFeedTokensTable,
} from './agency/tables.js';
import type {
  CampaignBouncesTable,
  CampaignEventsTable,
  CampaignMessagesTable,
  CampaignSuppressionsTable,
  CampaignsTable,
} from './campaigns/tables.js';
import type { UpdateAnnouncementsTable } from './communications/tables.js';
import type {
  AnonymisationLogTable,
  ConsentEventsTable,
  ContactsTable,
  ContactTraceTable,
  LegalHoldsTable,
  RetentionRulesTable,
} from './contacts/tables.js';
import type { LedgerCheckpointsTable } from './hour-bank/tables.js';
import type {
  ApiTokensTable,
  AuditLogTable,
  OrganisationsTable,
  PasswordResetsTable,
  RecoveryCodesTable,
  SecondFactorsTable,
  SessionsTable,
  UsersTable,
} from './identity/tables.js';
import type { KnowledgeDeflectionEventsTable } from './knowledge/tables.js';
import type { MailApprovalsTable, MailMailboxesTable } from './mail/tables.js';
import type { OutboxDeliveriesTable, OutboxEventsTable } from './outbox/tables.js';
import type { ProjectsTable } from './projects/tables.js';
import type { QuotesTable } from './quotes/tables.js';
import type { MonitoringRecommendationsTable } from './reports/tables.js';
import type {
  AccountMeetingAttendeesTable,
  AccountMeetingsTable,
  AccountRequestsTable,
  CsmAssignmentsTable,
} from './success/tables.js';

/**
 * The database as Kysely sees it: one interface per table, added by the migration that creates it.
 * Columns use the types `pg` returns (bigint and numeric as strings, timestamptz as Date).
 */
export interface Tables {
  organisations: OrganisationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  second_factors: SecondFactorsTable;
  recovery_codes: RecoveryCodesTable;
  password_resets: PasswordResetsTable;
  api_tokens: ApiTokensTable;
  sign_in_attempts: { key: string; window_started_at: Date; attempts: number };
  audit_log: AuditLogTable;
  calendars: CalendarsTable;
  plans: PlansTable;
  contracts: ContractsTable;
  contract_amendments: ContractAmendmentsTable;
  ledger_entries: LedgerEntriesTable;
  ledger_checkpoints: LedgerCheckpointsTable;
  work_log: WorkLogTable;
  contract_requesters: { contract_id: string; user_id: string };
  tickets: TicketsTable;
  ticket_events: TicketEventsTable;
  ticket_messages: TicketMessagesTable;
  sla_notices: SlaNoticesTable;
  outbox_events: OutboxEventsTable;
  outbox_deliveries: OutboxDeliveriesTable;
  issued_reports: IssuedReportsTable;
  metric_readings: MetricReadingsTable;
  ticket_estimates: TicketEstimatesTable;
  monitoring_recommendations: MonitoringRecommendationsTable;
  knowledge_categories: KnowledgeCategoriesTable;
  knowledge_articles: KnowledgeArticlesTable;
  knowledge_deflection_events: KnowledgeDeflectionEventsTable;
  mail_messages: MailMessagesTable;
  mail_attachments: MailAttachmentsTable;
  mail_threads: { ticket_id: string; token: string };
  mail_thread_ids: { message_id: string; ticket_id: string };
  mail_outgoing: MailOutgoingTable;
  mail_mailboxes: MailMailboxesTable;
  mail_approvals: MailApprovalsTable;
  agency_accounts: AgencyAccountsTable;
  agency_people: AgencyPeopleTable;
  agency_ceremonies: AgencyCeremoniesTable;
  agency_activities: AgencyActivitiesTable;
  agency_deliverables: AgencyDeliverablesTable;
  agency_facts: AgencyFactsTable;
  agency_impasses: AgencyImpassesTable;
  contract_feed_tokens: AgencyFeedTokensTable;
  agency_user_feed_tokens: AgencyUserFeedTokensTable;
  contacts: ContactsTable;
  contact_trace: ContactTraceTable;
  consent_events: ConsentEventsTable;
  update_announcements: UpdateAnnouncementsTable;
  retention_rules: RetentionRulesTable;
  legal_holds: LegalHoldsTable;
  anonymisation_log: AnonymisationLogTable;
  quotes: QuotesTable;
  projects: ProjectsTable;
  campaigns: CampaignsTable;
  campaign_messages: CampaignMessagesTable;
  campaign_events: CampaignEventsTable;
  campaign_bounces: CampaignBouncesTable;
  campaign_suppressions: CampaignSuppressionsTable;
  csm_assignments: CsmAssignmentsTable;
  account_meetings: AccountMeetingsTable;
  account_meeting_attendees: AccountMeetingAttendeesTable;
  account_requests: AccountRequestsTable;
}

type CreatedAt = ColumnType<Date, Date | undefined, never>;

/** Named business calendars; `spec` is the JSON of calendar-format.md, validated before it is stored. */
export interface CalendarsTable {
  id: Generated<string>;
  name: string;
  spec: ColumnType<unknown, string, string>;
  created_at: Date;
  updated_at: Date;
}

type Json = ColumnType<unknown, string, string>;
/** A `date` column: pg is set to return it as the `YYYY-MM-DD` string (see database.ts). */
type LocalDateColumn = string;

/** The plan catalogue; `params` is the JSON form of PlanParams. */
export interface PlansTable {
  id: Generated<string>;
  name: string;
  preset_id: string | null;
  params: Json;
  created_at: Date;
  updated_at: Date;
}

/** A client on a plan: `plan` is the snapshot of the plan's params the contract was signed on. */
export interface ContractsTable {
  id: Generated<string>;
  client_id: string;
  plan_id: string | null;
  name: string;
  start_date: LocalDateColumn;
  end_date: LocalDateColumn | null;
  plan: Json;
  created_at: Date;
}

/** Dated amendments, appended, each the JSON form of one Amendment. */
export interface ContractAmendmentsTable {
  id: string;
  contract_id: string;
  body: Json;
  created_at: Date;
  created_by: string | null;
}

/** The append-only hour-bank ledger; `body` is the entry without `type`, `on` and `id`. */
export interface LedgerEntriesTable {
  id: Generated<string>;
  contract_id: string;
  type: string;
  on_date: LocalDateColumn;
  body: Json;
  key: string | null;
  created_at: Date;
  created_by: string | null;
}

/** Every piece of logged work with what it was charged and why. */
export interface WorkLogTable {
  id: Generated<string>;
  contract_id: string;
  ticket_ref: string;
  conversation_ref: string | null;
  kind: string;
  on_date: LocalDateColumn;
  worked_minutes: number;
  charged_minutes: number;
  first_contact: boolean;
  reasons: Json;
  quote_required: boolean;
  ledger_entry_id: string | null;
  note: string | null;
  created_at: Date;
  created_by: string | null;
}

/** A ticket: its fields and the SLA projection recomputed from its event log after every change. */
export interface TicketsTable {
  id: string;
  number: Generated<string>;
  contract_id: string;
  client_id: string;
  requester_id: string;
  assignee_id: string | null;
  subject: string;
  channel: string;
  classification: Json;
  kind: string;
  criticality: string;
  level: string;
  status: string;
  outcome: string | null;
  sla_state: string | null;
  sla_due_at: Date | null;
  sla_at_risk_at: Date | null;
  next_check_at: Date | null;
  first_response_outcome: string | null;
  first_response_due_at: Date | null;
  client_late: Generated<boolean>;
  escalated_at: Date | null;
  opened_at: Date;
  updated_at: Date;
}

/** The append-only event log of a ticket (a TicketEvent of the SLA domain as jsonb). */
export interface TicketEventsTable {
  id: Generated<string>;
  ticket_id: string;
  at: Date;
  actor_id: string | null;
  event: Json;
}

/** Public replies and internal notes. */
export interface TicketMessagesTable {
  id: Generated<string>;
  ticket_id: string;
  author_id: string | null;
  visibility: 'public' | 'partner' | 'internal';
  automatic: boolean;
  body: string;
  attachments: Json;
  created_at: Date;
  /** The received mail it came in (0023); null for messages written in Pacta. */
  mail_id: string | null;
}

/** At-risk and breach notices, each at most once per ticket and clock. */
export interface SlaNoticesTable {
  id: Generated<string>;
  ticket_id: string;
  clock: string;
  kind: string;
  moment: Date;
  created_at: Date;
}

/** Issued reports: immutable versions, each with the model it was rendered from. */
export interface IssuedReportsTable {
  id: string;
  contract_id: string;
  client_id: string;
  kind: string;
  period_start: string;
  period_last_day: string;
  version: number;
  replaces_id: string | null;
  reason: string;
  issued_on: string;
  issued_at: Date;
  issued_by: string | null;
  model: Json;
  contract_name: string;
  client_name: string;
  time_zone: string;
}

/** A client's platform metric on a day, in hundredths (bigint: read back as a string). */
export interface MetricReadingsTable {
  contract_id: string;
  metric: string;
  measured_on: string;
  hundredths: ColumnType<string, number, number>;
  recorded_at: Date;
  recorded_by: string | null;
}

/** An agent's estimate for a ticket planned for a month. */
export interface TicketEstimatesTable {
  ticket_id: string;
  contract_id: string;
  planned_for: string;
  estimate_minutes: number;
  set_at: Date;
  set_by: string | null;
}

/** Help-centre sections, named in both languages. */
export interface KnowledgeCategoriesTable {
  id: string;
  slug: string;
  name_es: string;
  name_en: string;
  position: number;
  created_at: CreatedAt;
}

/** One article in one language; its search vectors are generated columns, never written. */
export interface KnowledgeArticlesTable {
  id: string;
  translation_group: string;
  language: 'es' | 'en';
  kind: 'article' | 'update';
  category_id: string | null;
  visibility: 'public' | 'internal';
  status: 'draft' | 'published';
  slug: string;
  title: string;
  summary: string;
  keywords: string;
  body: string;
  published_at: Date | null;
  updated_at: Date;
}

/** Every received message, raw, with its fate once processed (null: not processed yet). */
export interface MailMessagesTable {
  id: string;
  received_at: Date;
  source: string;
  envelope: Json;
  raw: Buffer;
  size: number;
  digest: string;
  message_id: string;
  from_address: string | null;
  subject: Generated<string>;
  text: Generated<string>;
  html: string | null;
  fate: string | null;
  reason: string | null;
  ticket_id: string | null;
  processed_at: Date | null;
  attempts: Generated<number>;
  last_error: string | null;
}

/** The files of a received message, downloadable (never served inline as HTML). */
export interface MailAttachmentsTable {
  id: string;
  mail_id: string;
  /** The ticket of its message (kept with it), so a requester's erasure finds the files. */
  ticket_id: string | null;
  filename: string;
  content_type: string;
  inline: boolean;
  size: number;
  content: Buffer;
}

/** Mail Pacta sends: queued, sent, held (no SMTP server configured) or failed. */
export interface MailOutgoingTable {
  id: string;
  dedupe_key: string;
  message_id: string;
  ticket_id: string | null;
  ticket_number: number | null;
  ticket_token: string | null;
  to_address: string;
  to_name: string;
  language: string;
  subject: string;
  text: string;
  html: string;
  automatic: boolean;
  in_reply_to: string | null;
  reply_to: string | null;
  /** What the message carries: files kept with it, or documents by reference (0026). */
  attachments: ColumnType<unknown, string | undefined, string>;
  status: string;
  attempts: Generated<number>;
  created_at: Date;
  send_after: Date;
  sent_at: Date | null;
  last_error: string | null;
}
