/**
 * The IMAP way in: a mailbox of the desk, read with imapflow. Each unseen message is handed to
 * `accept`; only after it resolves is the message flagged \Seen or moved, so a failure (or a
 * crash) leaves it unseen to be fetched again — the store de-duplicates by Message-ID and digest.
 * `watchMailbox` stays connected: IDLE where the server has it, polling where it does not.
 */
import { ImapFlow } from 'imapflow';
import type { AcceptMail } from './envelope.js';

/** Where a mailbox is and what to do with a message once it is stored. */
export interface MailboxSettings {
  readonly host: string;
  readonly port: number;
  /** TLS from the first byte (993); otherwise STARTTLS when the server offers it. */
  readonly secure: boolean;
  readonly user: string;
  readonly password: string;
  /** The folder to read, `INBOX` by default. */
  readonly mailbox?: string;
  /** Flag stored messages \Seen, or move them to a folder (created when missing). */
  readonly afterAccept: { readonly kind: 'flag' } | { readonly kind: 'move'; readonly to: string };
}

/** What one pass over a mailbox did. */
export interface DrainReport {
  readonly accepted: number;
  /** Messages whose `accept` failed: left unseen for the next pass. */
  readonly failed: number;
}

/** Hooks to observe a mailbox. */
export interface MailboxHooks {
  /** Told when storing one message failed (it stays unseen). */
  readonly onAcceptError?: (error: unknown) => void;
}

/** Connects, stores every unseen message, and disconnects: one poll of a job. */
export async function drainMailbox(
  settings: MailboxSettings,
  accept: AcceptMail,
  hooks: MailboxHooks = {},
): Promise<DrainReport> {
  const client = connectClient(settings, {});
  try {
    await client.connect();
  } catch (error) {
    throw new Error(imapFailure(error));
  }
  try {
    await prepareTarget(client, settings);
    return await drainOpen(client, settings, accept, hooks);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/**
 * Signs in and opens the folder, then disconnects: a mailbox's "test connection". Throws an
 * error whose message says what failed (the server's own words where it gave any).
 */
export async function probeMailbox(settings: MailboxSettings): Promise<void> {
  const client = connectClient(settings, {});
  try {
    await client.connect();
    await client.mailboxOpen(settings.mailbox ?? 'INBOX', { readOnly: true });
  } catch (error) {
    throw new Error(imapFailure(error));
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/** What an imapflow error says, in one line: "authentication failed", or the server's answer. */
function imapFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const detail = error as Error & { authenticationFailed?: boolean; responseText?: string };
  if (detail.authenticationFailed)
    return `authentication failed: ${detail.responseText ?? ''}`.trim();
  return detail.responseText ? `${error.message}: ${detail.responseText}` : error.message;
}

/** A mailbox kept open and drained whenever mail arrives. */
export interface MailboxWatch {
  /** The server announced IDLE: new mail is pushed; otherwise it is polled. */
  readonly idle: boolean;
  /** Stops watching once the pass under way, if any, has finished. */
  stop(): Promise<void>;
}

/** How often to look when no IDLE is at hand, and to retry messages whose storing failed. */
export interface WatchOptions extends MailboxHooks {
  readonly pollIntervalMs: number;
  /** Told when a pass fails as a whole (a folder vanished) or the connection reports an error. */
  readonly onDrainError?: (error: unknown) => void;
  /** Told after every pass that went through, with what it stored. */
  readonly onDrained?: (report: DrainReport) => void;
  /** Told once when the connection is lost other than by `stop()`: the caller watches anew. */
  readonly onClosed?: () => void;
}

/** Opens the mailbox, drains it, then drains again on every new message and every interval. */
export async function watchMailbox(
  settings: MailboxSettings,
  accept: AcceptMail,
  options: WatchOptions,
): Promise<MailboxWatch> {
  const client = connectClient(settings, {
    maxIdleTime: options.pollIntervalMs,
    autoIdleDelay: Math.min(1_000, options.pollIntervalMs),
  });
  try {
    await client.connect();
    await prepareTarget(client, settings);
    await client.mailboxOpen(settings.mailbox ?? 'INBOX');
  } catch (error) {
    client.close();
    throw new Error(imapFailure(error));
  }
  client.on('error', (error: unknown) => options.onDrainError?.(error));
  let pass: Promise<void> = Promise.resolve();
  let queued = false;
  const drain = () => {
    if (queued) return;
    queued = true;
    pass = pass.then(async () => {
      queued = false;
      await drainOpen(client, settings, accept, options).then(
        options.onDrained,
        options.onDrainError,
      );
    });
  };
  client.on('exists', drain);
  const timer = setInterval(drain, options.pollIntervalMs);
  let stopping = false;
  client.once('close', () => {
    clearInterval(timer);
    if (!stopping) options.onClosed?.();
  });
  drain();
  return {
    idle: client.capabilities.has('IDLE'),
    async stop() {
      stopping = true;
      clearInterval(timer);
      client.off('exists', drain);
      await pass;
      await client.logout().catch(() => client.close());
    },
  };
}

function connectClient(
  settings: MailboxSettings,
  extra: { maxIdleTime?: number; autoIdleDelay?: number },
): ImapFlow {
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: { user: settings.user, pass: settings.password },
    logger: false,
    ...extra,
  });
  // A socket error is also an 'error' event: unheard, it would crash the server. The command in
  // flight rejects with it, so a poll or a probe reports it there; the IDLE watch adds its own.
  client.on('error', () => {});
  return client;
}

async function prepareTarget(client: ImapFlow, settings: MailboxSettings): Promise<void> {
  if (settings.afterAccept.kind === 'move') await client.mailboxCreate(settings.afterAccept.to);
}

async function drainOpen(
  client: ImapFlow,
  settings: MailboxSettings,
  accept: AcceptMail,
  hooks: MailboxHooks,
): Promise<DrainReport> {
  const lock = await client.getMailboxLock(settings.mailbox ?? 'INBOX');
  let accepted = 0;
  let failed = 0;
  try {
    const uids = (await client.search({ seen: false }, { uid: true })) || [];
    for (const uid of uids) {
      const stored = await storeOne(client, String(uid), accept, hooks);
      if (!stored) {
        failed++;
        continue;
      }
      if (settings.afterAccept.kind === 'flag') {
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
      } else {
        await client.messageMove(String(uid), settings.afterAccept.to, { uid: true });
      }
      accepted++;
    }
  } finally {
    lock.release();
  }
  return { accepted, failed };
}

async function storeOne(
  client: ImapFlow,
  uid: string,
  accept: AcceptMail,
  hooks: MailboxHooks,
): Promise<boolean> {
  const message = await client.fetchOne(uid, { source: true }, { uid: true });
  const source = message ? message.source : undefined;
  if (source === undefined) return false;
  try {
    await accept(source, { source: 'imap', rcptTo: [] });
    return true;
  } catch (error) {
    hooks.onAcceptError?.(error);
    return false;
  }
}
