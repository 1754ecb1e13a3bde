/** The agency module's tables (seed 004), part of the schema of `../schema.ts`. */
import type { ColumnType } from 'kysely';

/** A contract's agile set-up (seed 004) and its required-inputs checklist. */
export interface AgencyAccountsTable {
  contract_id: string;
  operation_start: string;
  sprint_business_days: number;
  preferred_time: string;
  paid_media: boolean;
  checklist: ColumnType<unknown, string, string>;
  configured_by: string | null;
  updated_at: Date;
}

/** The people on an agency account: side, part, and availability (the decision-maker's 20 %). */
export interface AgencyPeopleTable {
  contract_id: string;
  user_id: string;
  side: 'agency' | 'client';
  role: 'sponsor' | 'decision_maker' | 'strategist' | 'member';
  availability_percent: number;
}

/** Columns every agency record table has: its domain value whole in `record`. */
interface AgencyRecordColumns {
  id: string;
  contract_id: string;
  record: ColumnType<unknown, string, string>;
}

/** Scheduled ceremonies, by their stable key. */
export interface AgencyCeremoniesTable extends AgencyRecordColumns {
  starts_at: Date;
}

/** Suggested activities and their intake decisions. */
export interface AgencyActivitiesTable extends AgencyRecordColumns {
  suggested_at: Date;
  suggested_by: string | null;
}

/** Deliverables with their deliveries, rounds and schedule shifts. */
export interface AgencyDeliverablesTable extends AgencyRecordColumns {
  due_at: Date;
  owned_by: string | null;
}

/** Impasse facts as they happened (seed 004 §5). */
export interface AgencyFactsTable extends AgencyRecordColumns {
  at: Date;
  recorded_by: string | null;
}

/** Declared impasses with their commitments record. */
export interface AgencyImpassesTable extends AgencyRecordColumns {
  declared_at: Date;
  declared_by: string | null;
}

/** Secret-token iCalendar feeds of a contract (`contract_feed_tokens`), stored hashed, revocable. */
export interface AgencyFeedTokensTable {
  id: string;
  contract_id: string;
  token_hash: string;
  created_by: string | null;
  created_at: Date;
  revoked_at: Date | null;
}

/** Each user's own secret-token iCalendar feed, stored hashed, revocable. */
export interface AgencyUserFeedTokensTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: Date;
  revoked_at: Date | null;
}
