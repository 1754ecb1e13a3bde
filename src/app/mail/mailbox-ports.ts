/**
 * What the mailboxes configured in the app need: their settings kept with the password sealed,
 * the sealer (null when `PACTA_SECRET_KEY` is not set), and an IMAP reader (src/mail).
 */
import type { ReceivedEnvelope } from './ports.js';

export type { SecretBox } from '../shared/index.js';

/** What to do with a message once it is stored: flag it \Seen, or move it to a folder. */
export type AfterAccept =
  | { readonly kind: 'flag' }
  | { readonly kind: 'move'; readonly to: string };

/** A mailbox of the desk as stored; the password only ever sealed. */
export interface MailboxRecord {
  id: string;
  name: string;
  host: string;
  port: number;
  /** TLS from the first byte (993); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  username: string;
  sealedPassword: string;
  folder: string;
  afterAccept: AfterAccept;
  /** Polled by the job; an inactive mailbox is kept but not read. */
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** The last poll: when, how many messages it stored, and its error if it failed. */
  lastPolledAt: Date | null;
  lastAccepted: number;
  lastError: string | null;
}

/** The settings an administrator gives a mailbox (the password in clear, sealed before saving). */
export interface MailboxInput {
  name: string;
  host: string;
  port: number;
  secure: boolean;
  username: string;
  password: string;
  folder: string;
  afterAccept: AfterAccept;
  active: boolean;
}

/** The mailboxes, in PostgreSQL. */
export interface MailboxRepository {
  list(): Promise<MailboxRecord[]>;
  find(id: string): Promise<MailboxRecord | undefined>;
  insert(record: MailboxRecord): Promise<void>;
  /** Replaces the settings of a mailbox; false when there is none with that id. */
  update(
    record: Omit<MailboxRecord, 'lastPolledAt' | 'lastAccepted' | 'lastError'>,
  ): Promise<boolean>;
  remove(id: string): Promise<boolean>;
  recordPoll(id: string, poll: { at: Date; accepted: number; error: string | null }): Promise<void>;
}

/** How to reach a mailbox, password in clear: only ever in memory. */
export interface MailboxConnection {
  readonly host: string;
  readonly port: number;
  readonly secure: boolean;
  readonly user: string;
  readonly password: string;
  readonly mailbox: string;
  readonly afterAccept: AfterAccept;
}

/** Reads mailboxes over IMAP (src/mail/imap-mailbox.ts). */
export interface MailboxReader {
  /**
   * Hands every unseen message to `accept`, flagging or moving each only after `accept` resolved;
   * a message whose `accept` failed stays unseen for the next pass.
   */
  drain(
    connection: MailboxConnection,
    accept: (raw: Buffer, envelope: ReceivedEnvelope) => Promise<void>,
  ): Promise<{ accepted: number; failed: number }>;
  /** Signs in and opens the folder, or throws saying why not. */
  probe(connection: MailboxConnection): Promise<void>;
  /**
   * Keeps the folder open and drains it at once, on every message the server pushes (IDLE) and
   * every `pollIntervalMs`; throws when it cannot connect.
   */
  watch(
    connection: MailboxConnection,
    accept: (raw: Buffer, envelope: ReceivedEnvelope) => Promise<void>,
    hooks: MailboxWatchHooks,
  ): Promise<MailboxWatchHandle>;
}

/** What a watch of a mailbox tells its caller. */
export interface MailboxWatchHooks {
  readonly pollIntervalMs: number;
  /** After each pass that went through: how many messages it stored, how many failed. */
  readonly onDrained: (report: { accepted: number; failed: number }) => void;
  /** A pass or the connection failed. */
  readonly onError: (error: unknown) => void;
  /** The connection was lost other than by `stop()`; told once. */
  readonly onClosed: () => void;
}

/** A mailbox kept open. */
export interface MailboxWatchHandle {
  /** The server has IDLE: new mail is pushed; otherwise the watch only polls. */
  readonly idle: boolean;
  /** Closes the connection once the pass under way, if any, has finished. */
  stop(): Promise<void>;
}
