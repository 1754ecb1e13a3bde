/**
 * What the identity module needs: organisations, users, web sessions, API tokens and the audit
 * log's reading side. Readers work outside transactions; writers only inside `transact`.
 */
import type { AttemptCount } from '../../domain/identity/login-throttle.js';
import type { OrganisationKind, Role } from '../../domain/identity/roles.js';
import type { AuditEntry, ChangeTx, Clock, Ids, SecretBox, Transact } from '../shared/index.js';

/** An organisation as the use-cases see it. */
export interface Organisation {
  id: string;
  kind: OrganisationKind;
  name: string;
  partnerId: string | null;
  /** IANA name: the zone its people type and read wall times in. */
  timeZone: string;
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
  create(input: Organisation): Promise<Organisation>;
  findById(id: string): Promise<Organisation | undefined>;
  findProvider(): Promise<Organisation | undefined>;
  /** All organisations, or only those with the given ids. */
  list(ids?: readonly string[]): Promise<Organisation[]>;
  managedClientIds(partnerId: string): Promise<string[]>;
  setTimeZone(id: string, timeZone: string): Promise<void>;
}

/** Organisations, read outside a transaction. */
export type OrganisationReader = Omit<OrganisationRepository, 'create' | 'setTimeZone'>;

/** Reads and writes users and their password hashes. */
export interface UserRepository {
  create(input: Omit<User, 'active' | 'hasLogin'> & { passwordHash: string | null }): Promise<User>;
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

/** Users, read outside a transaction. */
export type UserReader = Pick<UserRepository, 'findById' | 'findByEmail' | 'list'>;

/** A web session as its owner sees it (never with its secret). */
export interface SessionInfo {
  id: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  userAgent: string | null;
  ip: string | null;
}

/** Web sessions, by the digest of their cookie. */
export interface SessionRepository {
  create(input: {
    id: string;
    tokenHash: string;
    userId: string;
    createdAt: Date;
    expiresAt: Date;
    userAgent: string | null;
    ip: string | null;
  }): Promise<void>;
  /**
   * The session's owner (read in the same query) and id when it has not expired; marks it used
   * when it was last used more than a minute ago (a touch, so it is allowed outside a transaction).
   */
  touchActive(tokenHash: string, now: Date): Promise<{ user: User; sessionId: string } | undefined>;
  /** The user's sessions that have not expired, most recently used first. */
  listForUser(userId: string, now: Date): Promise<SessionInfo[]>;
  delete(tokenHash: string): Promise<void>;
  /** Ends one session of the user; false when the user has no such session. */
  deleteById(id: string, userId: string): Promise<boolean>;
  /** Ends every session of the user, but the one named by `exceptId`. */
  deleteForUser(userId: string, exceptId?: string): Promise<void>;
}

/** Sessions, read (and touched) outside a transaction. */
export type SessionReader = Pick<SessionRepository, 'touchActive' | 'listForUser'>;

/** A user's TOTP secret as stored: sealed, and confirmed once a first code matched. */
export interface SecondFactor {
  secretSealed: string;
  confirmedAt: Date | null;
  /** The last time step accepted: a code is never accepted twice. */
  lastStep: number | null;
}

/** TOTP secrets and recovery codes (issue 18 #9). */
export interface SecondFactorRepository {
  find(userId: string): Promise<SecondFactor | undefined>;
  /** Starts (or starts again) an enrolment not yet confirmed. */
  begin(userId: string, secretSealed: string, at: Date): Promise<void>;
  /** Confirms the enrolment at `step` and replaces the user's recovery codes with these digests. */
  confirm(userId: string, step: number, codeHashes: readonly string[], at: Date): Promise<void>;
  /** Records `step` as used; false when it, or a later one, was used already. */
  spendStep(userId: string, step: number): Promise<boolean>;
  /** Uses up one recovery code; false when it is not the user's or was used. */
  spendRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean>;
  /** How many recovery codes the user has left. */
  recoveryCodesLeft(userId: string): Promise<number>;
  /** Removes the user's factor and recovery codes. */
  remove(userId: string): Promise<void>;
}

/** Password-reset links, by the digest of their secret. */
export interface PasswordResetRepository {
  create(input: {
    tokenHash: string;
    userId: string;
    createdAt: Date;
    expiresAt: Date;
  }): Promise<void>;
  /**
   * Uses the link once: its user when it is unused and unexpired at `now`, marking it used in
   * the same statement (two concurrent uses: one wins); undefined otherwise.
   */
  consume(tokenHash: string, now: Date): Promise<string | undefined>;
  /** Voids the user's unused links (a new password makes them moot). */
  voidForUser(userId: string, now: Date): Promise<void>;
}

/** Mail about the account itself, as data; the mail edge puts it into words. */
export type AccountNotice = { kind: 'password_reset'; name: string; link: string; minutes: number };

/** Mail to one person, queued in the transaction that decided to send it. */
export interface AccountMail {
  id: string;
  /** What made it: the same cause never queues it twice. */
  dedupeKey: string;
  messageId: string;
  toAddress: string;
  toName: string;
  language: 'es' | 'en';
  subject: string;
  text: string;
  html: string;
  createdAt: Date;
}

/** The outgoing mail queue, as identity writes to it. */
export interface AccountMailQueue {
  enqueue(mail: AccountMail): Promise<void>;
}

/** How account mail is worded and where its links point, as the composition root sets it. */
export interface AccountMailer {
  render(
    notice: AccountNotice,
    language: 'es' | 'en',
  ): { subject: string; text: string; html: string };
  /** The address people reach the web app at: links in mail start with it. */
  publicUrl: string;
  /** The domain of the Message-IDs Pacta mints. */
  messageIdDomain: string;
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
    id: string;
    userId: string;
    name: string;
    tokenHash: string;
    createdAt: Date;
    expiresAt: Date | null;
  }): Promise<ApiToken>;
  /**
   * The token's owner and expiry when it exists, is not revoked and has not expired; marks it used
   * in the same statement (a touch, so it is allowed outside a transaction).
   */
  touchActiveToken(
    tokenHash: string,
    now: Date,
  ): Promise<{ userId: string; expiresAt: Date | null } | undefined>;
  listForUser(userId: string): Promise<ApiToken[]>;
  /** Revokes the user's own token; false when the user has no such active token. */
  revoke(id: string, userId: string, now: Date): Promise<boolean>;
  /** Revokes every active token of a user (a password reset or a deactivation ends them all). */
  revokeAllForUser(userId: string, now: Date): Promise<void>;
}

/** API tokens, read (and touched) outside a transaction. */
export type ApiTokenReader = Pick<ApiTokenRepository, 'touchActiveToken' | 'listForUser'>;

/**
 * Sign-in attempts counted per key (an email, an IP) in the database, so concurrent requests and
 * several nodes share one count. Touches, allowed outside a transaction.
 */
export interface SignInAttemptCounter {
  /** Counts one attempt against the key, starting a new window when its window has passed. */
  count(key: string, now: Date, windowMs: number): Promise<AttemptCount>;
  /** Takes one counted attempt back: a sign-in that succeeded is not a failure. */
  takeBack(key: string): Promise<void>;
  /** Forgets the key's attempts (the account's owner proved the password). */
  clear(key: string): Promise<void>;
}

/** Filters of the audit log listing. */
export interface AuditFilter {
  actorUserId?: string | undefined;
  action?: string | undefined;
  resourceType?: string | undefined;
  resourceId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  /** Entries older than this id (keyset pagination, newest first). */
  before?: string | undefined;
}

/** Reads the append-only audit log (use-cases append to it through their transaction). */
export interface AuditReader {
  list(filter: AuditFilter): Promise<(AuditEntry & { id: string })[]>;
}

/** What identity use-cases write in one transaction. */
export interface IdentityTx extends ChangeTx {
  organisations: OrganisationRepository;
  users: UserRepository;
  sessions: SessionRepository;
  tokens: ApiTokenRepository;
  passwordResets: PasswordResetRepository;
  accountMail: AccountMailQueue;
  secondFactors: SecondFactorRepository;
}

/** Everything the identity use-cases need, as the composition root wires it. */
export interface IdentityDeps {
  clock: Clock;
  ids: Ids;
  organisations: OrganisationReader;
  users: UserReader;
  sessions: SessionReader;
  tokens: ApiTokenReader;
  signInAttempts: SignInAttemptCounter;
  audit: AuditReader;
  accountMailer: AccountMailer;
  secondFactors: Pick<SecondFactorRepository, 'find' | 'recoveryCodesLeft'>;
  /** Seals TOTP secrets; null when `PACTA_SECRET_KEY` is not set (two-factor cannot be turned on). */
  secrets: SecretBox | null;
  transact: Transact<IdentityTx>;
}
