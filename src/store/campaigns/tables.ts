/** The campaigns tables (issue 17, seed 003), part of the schema of `../schema.ts`. */
import type { ColumnType } from 'kysely';
import type { SuppressionReason } from '../../domain/communications/index.js';

type Json = ColumnType<unknown, string, string>;

/** A campaign: segments and versions as JSON, its schedule and where its send stands. */
export interface CampaignsTable {
  id: string;
  name: string;
  purpose: string;
  default_language: string;
  segments: Json;
  versions: Json;
  links: Json;
  state: 'draft' | 'scheduled' | 'sending' | 'sent' | 'cancelled';
  per_minute: number;
  start_at: Date | null;
  next_batch_at: Date | null;
  sender_user_id: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

/** One recipient's message of a campaign, and its mail in `mail_outgoing`. */
export interface CampaignMessagesTable {
  id: string;
  campaign_id: string;
  contact_id: string;
  outgoing_id: string;
  to_address: string;
  version_key: string;
  language: string;
  queued_at: Date;
}

/** An open (tracking pixel) or a click (redirect) of a campaign message. */
export interface CampaignEventsTable {
  id: string;
  message_id: string;
  kind: 'opened' | 'clicked';
  link: number | null;
  at: Date;
}

/** A bounce that came back by mail for a campaign message (at most one a message). */
export interface CampaignBouncesTable {
  message_id: string;
  /** The received report (`mail_messages.id`). */
  mail_id: string;
  at: Date;
}

/** An address suppressed for campaign mail after bounces; lifted by an administrator. */
export interface CampaignSuppressionsTable {
  /** Lower case. */
  address: string;
  contact_id: string;
  reason: SuppressionReason;
  /** The DSN status (5.1.1), the SMTP reply code (550), or the last soft bounce's (or ''). */
  status: string;
  campaign_id: string;
  suppressed_at: Date;
  lifted_at: Date | null;
  lifted_by: string | null;
}
