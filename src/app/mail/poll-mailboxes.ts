/**
 * The IMAP way in, as a job: every active mailbox is drained through the same accept path as
 * the SMTP listener (stored raw, de-duplicated by Message-ID and digest), and a message is
 * flagged or moved only after it is stored. Each poll's outcome is kept on the mailbox.
 */
import { DomainError } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { mailError } from '../../domain/mail/errors.js';
import { authorise } from '../shared/index.js';
import { acceptMail } from './accept-mail.js';
import type { MailboxConnection, MailboxRecord } from './mailbox-ports.js';
import type { MailDeps } from './ports.js';

/** What one poll of one mailbox did. */
export interface MailboxPoll {
  mailboxId: string;
  accepted: number;
  error: string | null;
}

/** The mailbox's settings with its password opened, or the rule saying why it cannot be. */
export function connectionOf(
  options: Pick<MailDeps, 'secrets'>,
  box: MailboxRecord,
): MailboxConnection {
  const secrets = options.secrets;
  let password: string | undefined;
  try {
    password = secrets?.open(box.sealedPassword);
  } catch {
    password = undefined;
  }
  if (password === undefined) {
    throw mailError(
      'mailbox_password_unreadable',
      { variable: 'PACTA_SECRET_KEY' },
      'the mailbox password cannot be opened: PACTA_SECRET_KEY is unset or not the key it was saved with',
      'password',
    );
  }
  return {
    host: box.host,
    port: box.port,
    secure: box.secure,
    user: box.username,
    password,
    mailbox: box.folder,
    afterAccept: box.afterAccept,
  };
}

/**
 * Polls every active mailbox once, but those `skip` names (an IDLE connection reads them);
 * `onAccepted` is told after a poll stored new mail (the server then nudges processing). A
 * mailbox that fails does not stop the others.
 */
export async function pollMailboxes(
  options: MailDeps & { onAccepted?: () => void; skip?: (mailboxId: string) => boolean },
): Promise<MailboxPoll[]> {
  const polls: MailboxPoll[] = [];
  for (const box of await options.mailboxes.list()) {
    if (!box.active || options.skip?.(box.id)) continue;
    const poll = await pollOne(options, box);
    await options.mailboxes.recordPoll(box.id, { at: options.clock.now(), ...poll });
    polls.push({ mailboxId: box.id, ...poll });
    if (poll.accepted > 0) options.onAccepted?.();
  }
  return polls;
}

async function pollOne(
  options: MailDeps,
  box: MailboxRecord,
): Promise<{ accepted: number; error: string | null }> {
  try {
    const report = await options.mailboxReader.drain(connectionOf(options, box), (raw, envelope) =>
      acceptMail({ ...options, raw, envelope }).then(() => undefined),
    );
    const error = report.failed > 0 ? `${report.failed} message(s) not stored, left unseen` : null;
    return { accepted: report.accepted, error };
  } catch (error) {
    return { accepted: 0, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Signs in to a stored mailbox and opens its folder: the "test connection" of its settings. */
export async function probeMailbox(
  options: Pick<MailDeps, 'mailboxes' | 'secrets' | 'mailboxReader'> & {
    actor: Principal;
    mailboxId: string;
  },
): Promise<{ ok: boolean; error: string | null }> {
  authorise(options.actor, 'mail.manage');
  const box = await options.mailboxes.find(options.mailboxId);
  if (!box) throw new DomainError('not_found', 'no such mailbox');
  const connection = connectionOf(options, box);
  try {
    await options.mailboxReader.probe(connection);
    return { ok: true, error: null };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
