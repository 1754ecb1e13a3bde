/**
 * An administrator configures the desk's IMAP mailboxes: each change is audited in its
 * transaction, and the password is sealed before it is stored (never stored or answered in clear).
 */
import { DomainError } from '../../domain/errors.js';
import type { Actor, Principal } from '../../domain/identity/policy.js';
import { mailError } from '../../domain/mail/errors.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { MailboxInput, MailboxRecord, SecretBox } from './mailbox-ports.js';
import type { MailDeps } from './ports.js';

type Deps = Pick<MailDeps, 'clock' | 'ids' | 'mailboxes' | 'secrets' | 'transact'>;

/** The sealer, or the rule that a password is never stored without `PACTA_SECRET_KEY`. */
export function sealerOf(secrets: SecretBox | null): SecretBox {
  if (secrets) return secrets;
  throw mailError(
    'secret_key_missing',
    { variable: 'PACTA_SECRET_KEY' },
    'a mailbox password is stored encrypted: set PACTA_SECRET_KEY before saving a mailbox',
    'password',
  );
}

/** The desk's mailboxes, with how their last poll went (administrators). */
export async function listMailboxes(
  options: Pick<MailDeps, 'mailboxes'> & { actor: Principal },
): Promise<MailboxRecord[]> {
  authorise(options.actor, 'mail.manage');
  return options.mailboxes.list();
}

/** Adds a mailbox to be polled for mail. */
export async function createMailbox(
  options: Deps & { actor: Actor; origin: Origin; input: MailboxInput },
): Promise<MailboxRecord> {
  authorise(options.actor, 'mail.manage');
  const { password, ...settings } = options.input;
  const sealedPassword = sealerOf(options.secrets).seal(password);
  const now = options.clock.now();
  const record: MailboxRecord = {
    id: options.ids.newId(),
    ...settings,
    sealedPassword,
    createdAt: now,
    updatedAt: now,
    lastPolledAt: null,
    lastAccepted: 0,
    lastError: null,
  };
  await options.transact(async (tx) => {
    await tx.mailboxes.insert(record);
    await audit(tx, options, record.id);
  });
  return record;
}

/** Changes a mailbox's settings; without a new password it keeps the one stored. */
export async function updateMailbox(
  options: Deps & {
    actor: Actor;
    origin: Origin;
    mailboxId: string;
    input: Omit<MailboxInput, 'password'> & { password?: string | undefined };
  },
): Promise<MailboxRecord> {
  authorise(options.actor, 'mail.manage');
  const sealer = sealerOf(options.secrets);
  const current = await options.mailboxes.find(options.mailboxId);
  if (!current) throw new DomainError('not_found', 'no such mailbox');
  const { password, ...settings } = options.input;
  const record: MailboxRecord = {
    ...current,
    ...settings,
    sealedPassword: password === undefined ? current.sealedPassword : sealer.seal(password),
    updatedAt: options.clock.now(),
  };
  await options.transact(async (tx) => {
    if (!(await tx.mailboxes.update(record))) {
      throw new DomainError('not_found', 'no such mailbox');
    }
    await audit(tx, options, record.id);
  });
  return record;
}

/** Stops polling a mailbox and forgets its settings (the mail it brought is kept). */
export async function removeMailbox(
  options: Deps & { actor: Actor; origin: Origin; mailboxId: string },
): Promise<void> {
  authorise(options.actor, 'mail.manage');
  await options.transact(async (tx) => {
    if (!(await tx.mailboxes.remove(options.mailboxId))) {
      throw new DomainError('not_found', 'no such mailbox');
    }
    await audit(tx, options, options.mailboxId);
  });
}

async function audit(
  tx: Parameters<Parameters<Deps['transact']>[0]>[0],
  options: Deps & { actor: Actor; origin: Origin },
  mailboxId: string,
): Promise<void> {
  await recordChange(tx, {
    origin: options.origin,
    actor: options.actor,
    at: options.clock.now(),
    resourceType: 'mail_mailboxes',
    resourceId: mailboxId,
  });
}
