import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import type { Fate } from '../../domain/mail/fate.js';
import { mailCriticality, mailSubject } from '../../domain/mail/index.js';
import { loadContractContext } from '../contracts/index.js';
import { openTicket } from '../desk/index.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { MailDeps, StoredMail } from './ports.js';
import { AlreadySettled, type Readout, saveFate, settlingTransact } from './settle-mail.js';

async function quarantined(
  options: Pick<MailDeps, 'mailMessages' | 'readers'>,
  mailId: string,
): Promise<Readout & { read: NonNullable<Readout['read']> }> {
  const stored: StoredMail | undefined = await options.mailMessages.find(mailId);
  if (!stored) throw new DomainError('not_found', 'no such message');
  if (stored.fate !== 'quarantined') {
    throw new DomainError(
      'rule_violation',
      'only a quarantined message can be released or discarded',
      'mailId',
    );
  }
  const read = await options.readers.parse(stored.raw, stored.envelope);
  return { stored, read, attachments: [] };
}

function changedMeanwhile(error: unknown): never {
  if (error instanceof AlreadySettled) {
    throw new DomainError('conflict', 'the message was released or discarded meanwhile');
  }
  throw error;
}

/**
 * An administrator releases a quarantined message to a new ticket on a contract, for one of its
 * authorised requesters (the sender may be unknown, or on several contracts): the ticket, the
 * message's new fate and the audit entry commit together.
 */
export async function releaseQuarantinedMail(
  options: MailDeps & {
    actor: Actor;
    origin: Origin;
    mailId: string;
    contractId: string;
    requesterId: string;
  },
): Promise<Fate> {
  authorise(options.actor, 'mail.manage');
  const readout = await quarantined(options, options.mailId);
  const { inbound } = readout.read;
  const context = await loadContractContext({
    ...options.desk,
    actor: options.actor,
    action: 'tickets.create',
    contractId: options.contractId,
  });
  const attachments = await options.mailMessages.attachmentsOf(readout.stored.id);
  let fate: Fate | undefined;
  await openTicket({
    ...options.desk,
    transact: settlingTransact(options, readout, (ticket) => {
      fate = { fate: 'ticket', ticketId: ticket.id };
      return fate;
    }),
    actor: options.actor,
    origin: options.origin,
    input: {
      contractId: options.contractId,
      requesterId: options.requesterId,
      channel: 'email',
      classification: { kind: 'question' },
      criticality: mailCriticality(context.versionAt(context.today).plan.responseTargets),
      subject: mailSubject(inbound.subject, inbound.text),
      description: inbound.text.trim() || '—',
      attachments: attachments.map((a) => ({
        id: a.id,
        name: a.filename,
        contentType: a.contentType,
        bytes: a.size,
      })),
      mailId: readout.stored.id,
    },
  }).catch(changedMeanwhile);
  if (!fate) throw new Error('the release opened no ticket');
  return fate;
}

/** An administrator discards a quarantined message: it is kept, ignored as `discarded`, audited. */
export async function discardQuarantinedMail(
  options: MailDeps & { actor: Actor; origin: Origin; mailId: string },
): Promise<Fate> {
  authorise(options.actor, 'mail.manage');
  const readout = await quarantined(options, options.mailId);
  const fate: Fate = { fate: 'ignored', reason: 'discarded' };
  await options
    .transact(async (tx) => {
      await saveFate(tx, options, readout, fate);
      await recordChange(tx, {
        origin: options.origin,
        actor: options.actor,
        at: options.clock.now(),
        resourceType: 'mail_messages',
        resourceId: readout.stored.id,
      });
    })
    .catch(changedMeanwhile);
  return fate;
}
