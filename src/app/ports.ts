import type { CalendarSpec } from '../domain/calendar/spec.js';
import type { OrganisationKind, Role } from '../domain/identity/roles.js';
import type { TicketRepository } from './desk/ports.js';
import type { ContractRepository, PlanRepository } from './hour-bank/ports.js';

/** The current time, injected so use-cases and tests agree on "now". */
export interface Clock {
  now(): Date;
}

/** An organisation as the use-cases see it. */
export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  partnerId: string | null;
  createdAt: Date;
}

/** A user as the use-cases see it (never with the password hash). */
export interface User {
  id: string;
  organisationId: string;
  email: string;
  name: string;
  locale: 'es' | 'en';
  role: Role;
  active: boolean;
  hasLogin: boolean;
  createdAt: Date;
}

/** Reads and writes organisations. */
export interface OrganisationRepository {
  create(input: {
    kind: OrganisationKind;
    name: string;
    partnerId: string | null;
  }): Promise<Organisation>;
  findById(id: string): Promise<Organisation | undefined>;
  findProvider(): Promise<Organisation | undefined>;
  /** All organisations, or only those with the given ids. */
  list(ids?: readonly string[]): Promise<Organisation[]>;
  managedClientIds(partnerId: string): Promise<string[]>;
}

/** Reads and writes users and their password hashes. */
export interface UserRepository {
  create(
    input: Omit<User, 'id' | 'active' | 'hasLogin' | 'createdAt'> & { passwordHash: string | null },
  ): Promise<User>;
  findById(id: string): Promise<User | undefined>;
  findByEmail(email: string): Promise<(User & { passwordHash: string | null }) | undefined>;
  /** All users, or only those of the given organisations. */
  list(organisationIds?: readonly string[]): Promise<User[]>;
  update(
    id: string,
    changes: Partial<Pick<User, 'name' | 'locale' | 'role' | 'active'>>,
  ): Promise<User | undefined>;
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
}

/** Web sessions, by the digest of their cookie. */
export interface SessionRepository {
  create(input: {
    tokenHash: string;
    userId: string;
    createdAt: Date;
    expiresAt: Date;
  }): Promise<void>;
  findUserId(tokenHash: string, now: Date): Promise<string | undefined>;
  delete(tokenHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
}

/** A personal API token's public part. */
export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

/** Personal API tokens, by the digest of their secret. */
export interface ApiTokenRepository {
  create(input: {
    userId: string;
    name: string;
    tokenHash: string;
    createdAt: Date;
    expiresAt: Date | null;
  }): Promise<ApiToken>;
  /** The token's owner when it exists, is not revoked and has not expired; marks it used. */
  ownerOfActiveToken(tokenHash: string, now: Date): Promise<string | undefined>;
  listForUser(userId: string): Promise<ApiToken[]>;
  /** Revokes the user's own token; false when the user has no such active token. */
  revoke(id: string, userId: string, now: Date): Promise<boolean>;
}

/** One line of the audit log. */
export interface AuditEntry {
  at: Date;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: number;
  ip: string | null;
  requestId: string | null;
}

/** Filters of the audit log listing. */
export interface AuditFilter {
  actorUserId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  /** Entries older than this id (keyset pagination, newest first). */
  before?: string;
}

/** The append-only audit log. */
export interface AuditRepository {
  append(entry: AuditEntry): Promise<void>;
  list(filter: AuditFilter): Promise<(AuditEntry & { id: string })[]>;
}

/** Every identity repository, as the composition root provides them. */
export interface IdentityPorts {
  clock: Clock;
  organisations: OrganisationRepository;
  users: UserRepository;
  sessions: SessionRepository;
  tokens: ApiTokenRepository;
  audit: AuditRepository;
}

/** A named, stored business calendar. */
export interface StoredCalendar {
  id: string;
  name: string;
  spec: CalendarSpec;
  createdAt: Date;
  updatedAt: Date;
}

/** Named calendars; specs are validated before they reach the repository. */
export interface CalendarRepository {
  create(input: { name: string; spec: CalendarSpec; at: Date }): Promise<StoredCalendar>;
  update(
    id: string,
    input: { name: string; spec: CalendarSpec; at: Date },
  ): Promise<StoredCalendar | undefined>;
  findById(id: string): Promise<StoredCalendar | undefined>;
  findByName(name: string): Promise<StoredCalendar | undefined>;
  list(): Promise<StoredCalendar[]>;
}

/** Every repository of the application, as the composition root wires them. */
export interface AppPorts extends IdentityPorts {
  calendars: CalendarRepository;
  plans: PlanRepository;
  contracts: ContractRepository;
  tickets: TicketRepository;
}
