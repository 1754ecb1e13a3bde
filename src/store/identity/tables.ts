/** The identity module's tables: organisations, people, sessions, reset links, API tokens, the audit log. */
import type { ColumnType, Generated } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;

/** Provider, clients and partners. */
export interface OrganisationsTable {
  id: Generated<string>;
  kind: 'provider' | 'client' | 'partner';
  name: string;
  partner_id: string | null;
  /** IANA name; the zone its people type and read wall times in. */
  time_zone: Generated<string>;
  created_at: CreatedAt;
}

/** People, with or without a login (password_hash null: a contact who only writes by email). */
export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  name: string;
  locale: 'es' | 'en';
  role: string;
  password_hash: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
}

/** Web sessions, by the hash of the cookie's token. */
export interface SessionsTable {
  token_hash: string;
  id: Generated<string>;
  user_id: string;
  created_at: Date;
  expires_at: Date;
  last_used_at: Date | null;
  user_agent: string | null;
  ip: string | null;
}

/** Password-reset links, by the hash of their secret; single use, expiring. */
export interface PasswordResetsTable {
  token_hash: string;
  user_id: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

/** Personal API tokens, stored hashed. */
export interface ApiTokensTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

/** Append-only record of every state-changing request. */
export interface AuditLogTable {
  id: Generated<string>;
  at: Date;
  via: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  resource_type: string | null;
  resource_id: string | null;
  outcome: number | null;
  ip: string | null;
  request_id: string | null;
}

/** A user's TOTP secret (sealed), confirmed once a first code matched (0036). */
export interface SecondFactorsTable {
  user_id: string;
  secret_sealed: string;
  confirmed_at: Date | null;
  /** The last TOTP time step accepted: a code is never accepted twice. */
  last_step: ColumnType<string | null, number | null | undefined, number | null>;
  created_at: Date;
}

/** One-time recovery codes of a user with two-factor sign-in, as digests (0036). */
export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  used_at: Date | null;
}
