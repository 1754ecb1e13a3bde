import { DomainError } from '../../domain/errors.js';
import type { Actor, Principal } from '../../domain/identity/policy.js';
import { readTicket } from '../desk/index.js';
import { authorise } from '../shared/index.js';
import type {
  MailAttachment,
  MailDeps,
  MailFilter,
  MailSummary,
  OutgoingRecord,
  OutgoingStatus,
} from './ports.js';

/** The received messages with their fates, newest first (administrators). */
export async function listReceivedMail(
  options: Pick<MailDeps, 'mailMessages'> & { actor: Principal; filter: MailFilter },
): Promise<MailSummary[]> {
  authorise(options.actor, 'mail.manage');
  return options.mailMessages.list(options.filter);
}

/** The mail Pacta sent, is sending or holds, newest first: the mail viewer (administrators). */
export async function listOutgoingMail(
  options: Pick<MailDeps, 'outgoingMail'> & {
    actor: Principal;
    filter: { status?: OutgoingStatus | undefined; limit: number };
  },
): Promise<OutgoingRecord[]> {
  authorise(options.actor, 'mail.manage');
  return options.outgoingMail.list(options.filter);
}

/** One received message, raw (administrators download the `.eml`). */
export async function readRawMail(
  options: Pick<MailDeps, 'mailMessages'> & { actor: Principal; mailId: string },
): Promise<Buffer> {
  authorise(options.actor, 'mail.manage');
  const stored = await options.mailMessages.find(options.mailId);
  if (!stored) throw new DomainError('not_found', 'no such message');
  return stored.raw;
}

/**
 * An attachment of a received message, for whoever may read the ticket it joined; a message
 * without a ticket (quarantined) only for administrators.
 */
export async function readMailAttachment(
  options: Pick<MailDeps, 'mailMessages' | 'desk'> & { actor: Actor; attachmentId: string },
): Promise<MailAttachment> {
  const found = await options.mailMessages.attachment(options.attachmentId);
  const mail = found && (await options.mailMessages.find(found.mailId));
  if (!found || !mail) throw new DomainError('not_found', 'no such attachment');
  if (mail.ticketId === null) authorise(options.actor, 'mail.manage');
  else await readTicket({ ...options.desk, actor: options.actor, ticketId: mail.ticketId });
  return found;
}
