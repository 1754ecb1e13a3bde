import { type ChildProcess, spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import type { MailboxSettings } from '../../src/mail/imap-mailbox.js';
import { freePort } from './ports.js';
import { waitFor } from './processes.js';

/** Where Debian's dovecot-imapd puts the server. */
export const dovecotBinary = '/usr/sbin/dovecot';

/** Whether Dovecot is installed (`.ci/run` installs it; CI=true makes its absence an error). */
export function hasDovecot(): boolean {
  return existsSync(dovecotBinary);
}

/** A mailbox account of the throwaway server. */
export interface DovecotUser {
  readonly user: string;
  readonly password: string;
}

/** A message as the server holds it, for assertions. */
export interface StoredMessage {
  readonly uid: number;
  readonly seen: boolean;
  readonly messageId: string | undefined;
}

/** A running Dovecot on a free loopback port, in a temporary directory removed on stop. */
export interface Dovecot {
  readonly port: number;
  /** Settings to read `user`'s INBOX with src/mail/imap-mailbox.ts. */
  settings(user: DovecotUser, afterAccept?: MailboxSettings['afterAccept']): MailboxSettings;
  /** Puts a message into a folder of the user's by IMAP APPEND. */
  append(user: DovecotUser, raw: string | Buffer, folder?: string, flags?: string[]): Promise<void>;
  /** The messages in a folder of the user's with their \Seen flag. */
  list(user: DovecotUser, folder?: string): Promise<StoredMessage[]>;
  stop(): Promise<void>;
}

/**
 * Starts Debian's dovecot in the foreground with a throwaway config: plaintext IMAP on
 * 127.0.0.1, users from a passwd-file, Maildirs under the temp dir. `idle: false` removes IDLE
 * from the capabilities, to test polling. As root, mail is stored as `nobody`.
 */
export async function startDovecot(options: {
  users: readonly DovecotUser[];
  idle?: boolean;
}): Promise<Dovecot> {
  const dir = mkdtempSync(join(tmpdir(), 'pacta-dovecot-'));
  const port = await freePort();
  const config = writeConfig(dir, port, options);
  const child = spawn(dovecotBinary, ['-F', '-c', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(
    'dovecot to greet',
    () => greets(port),
    30_000,
    () => output,
  );
  const client = (user: DovecotUser) =>
    new ImapFlow({
      host: '127.0.0.1',
      port,
      secure: false,
      auth: { user: user.user, pass: user.password },
      logger: false,
    });
  const withClient = async <T>(user: DovecotUser, work: (c: ImapFlow) => Promise<T>) => {
    const c = client(user);
    await c.connect();
    try {
      return await work(c);
    } finally {
      await c.logout();
    }
  };
  return {
    port,
    settings: (user, afterAccept = { kind: 'flag' }) => ({
      host: '127.0.0.1',
      port,
      secure: false,
      user: user.user,
      password: user.password,
      afterAccept,
    }),
    append: (user, raw, folder = 'INBOX', flags = []) =>
      withClient(user, async (c) => {
        await c.mailboxCreate(folder).catch(() => undefined);
        await c.append(folder, raw, flags);
      }),
    list: (user, folder = 'INBOX') =>
      withClient(user, async (c) => {
        const lock = await c.getMailboxLock(folder);
        try {
          const found: StoredMessage[] = [];
          for await (const m of c.fetch('1:*', { uid: true, flags: true, envelope: true })) {
            found.push({
              uid: m.uid,
              seen: m.flags?.has('\\Seen') ?? false,
              messageId: m.envelope?.messageId,
            });
          }
          return found;
        } finally {
          lock.release();
        }
      }),
    stop: () => stop(child, exited, dir),
  };
}

function writeConfig(
  dir: string,
  port: number,
  options: { users: readonly DovecotUser[]; idle?: boolean },
) {
  const root = process.getuid?.() === 0;
  const me = userInfo();
  const [uid, gid] = root ? [65534, 65534] : [me.uid, me.gid];
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'run'));
  mkdirSync(join(dir, 'mail'));
  if (root) chownSync(join(dir, 'mail'), uid, gid);
  writeFileSync(
    join(dir, 'users'),
    options.users.map((u) => `${u.user}:{PLAIN}${u.password}::::::\n`).join(''),
  );
  const lines = [
    'protocols = imap',
    'listen = 127.0.0.1',
    `base_dir = ${join(dir, 'run')}`,
    `state_dir = ${join(dir, 'run', 'state')}`,
    `instance_name = pacta-test-${port}`,
    `log_path = ${join(dir, 'log')}`,
    'ssl = no',
    'disable_plaintext_auth = no',
    'auth_mechanisms = plain login',
    `mail_location = maildir:${join(dir, 'mail')}/%u`,
    'mail_fsync = never',
    'mailbox_idle_check_interval = 1 secs',
    'auth_failure_delay = 0 secs',
    'first_valid_uid = 1',
    ...(root
      ? []
      : [`default_internal_user = ${me.username}`, `default_login_user = ${me.username}`]),
    ...(options.idle === false
      ? ['imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ UIDPLUS MOVE']
      : []),
    `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN ${join(dir, 'users')}\n}`,
    `userdb {\n  driver = static\n  args = uid=${uid} gid=${gid} home=${join(dir, 'mail')}/%u\n}`,
    `service imap-login {\n  chroot =\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
    'service anvil {\n  chroot =\n}',
  ];
  const file = join(dir, 'dovecot.conf');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** True once the server answers with its ready greeting (not "waiting for authentication"). */
function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.setTimeout(2_000, () => socket.destroy());
    socket.once('data', (data) => {
      socket.end('a LOGOUT\r\n');
      resolve(/ready/i.test(String(data)));
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });
}

async function stop(child: ChildProcess, exited: Promise<void>, dir: string) {
  if (child.exitCode === null) child.kill('SIGTERM');
  await exited;
  rmSync(dir, { recursive: true, force: true });
}
