/** The customer-success tables (seeds 001 and 002), part of the schema of `../schema.ts`. */
import type { ColumnType } from 'kysely';

/** A CSM looking after a client account from `from_date` until `until_date` (exclusive). */
export interface CsmAssignmentsTable {
  organisation_id: string;
  from_date: ColumnType<string, string, string>;
  until_date: ColumnType<string | null, string | null, string | null>;
  csm_user_id: string;
  assigned_by: string | null;
  assigned_at: Date;
}

/** A contract's meeting, kept whole in `record`. */
export interface AccountMeetingsTable {
  id: string;
  contract_id: string;
  starts_at: Date;
  updated_at: Date;
  record: ColumnType<unknown, string, string>;
}

/** A contact invited to a meeting. */
export interface AccountMeetingAttendeesTable {
  meeting_id: string;
  contact_id: string;
}

/** An account request, kept whole in `record`. */
export interface AccountRequestsTable {
  id: string;
  contract_id: string;
  raised_by: string;
  raised_at: Date;
  record: ColumnType<unknown, string, string>;
}
