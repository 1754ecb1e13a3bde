/** The contacts module's tables (seed 003), part of the schema of `../schema.ts`. */
import type { ColumnType, Generated } from 'kysely';

/** People and companies; a person with `user_id` signs in as that user. */
export interface ContactsTable {
  id: string;
  kind: 'person' | 'company';
  organisation_id: string | null;
  given_name: string | null;
  family_name: string | null;
  name: string | null;
  salutation: 'mr' | 'ms' | null;
  email: string | null;
  phone: string | null;
  language: 'es' | 'en';
  country: string | null;
  job_title: string | null;
  company_id: string | null;
  user_id: string | null;
  tax_id: string | null;
  website: string | null;
  custom: ColumnType<unknown, string, string>;
  state: 'active' | 'anonymised';
  pseudonym: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

/** A contact's history: every access to and change of its data. */
export interface ContactTraceTable {
  id: string;
  /** The order lines were written in (several can share an instant). */
  seq: Generated<string>;
  contact_id: string;
  at: Date;
  actor_user_id: string | null;
  action: string;
  field: string | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
}

/** Every consent grant and withdrawal, per contact, channel and purpose. */
export interface ConsentEventsTable {
  id: string;
  contact_id: string;
  channel: string;
  purpose: string;
  state: 'granted' | 'withdrawn';
  source: string;
  at: Date;
  evidence: string | null;
}

/** One organisation's retention rule: anonymise closed tickets' contacts after N months. */
export interface RetentionRulesTable {
  organisation_id: string;
  anonymise_after_months: number;
  time_zone: string;
  updated_at: Date;
}

/** A legal hold on a contact or on a contract's tickets' requesters (migration 0035). */
export interface LegalHoldsTable {
  id: string;
  contact_id: string | null;
  contract_id: string | null;
  reason: string;
  placed_by: string | null;
  placed_at: Date;
  lifted_by: string | null;
  lifted_at: Date | null;
  lift_reason: string | null;
}

/** One anonymisation, numbered from 1 in order (migration 0042); mirrored to the log file. */
export interface AnonymisationLogTable {
  sequence: number;
  contact_id: string;
  user_id: string | null;
  pseudonym: string;
  at: Date;
  actor_id: string | null;
  basis: 'request' | 'retention';
}
