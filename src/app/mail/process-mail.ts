import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import {
  classifyInbound,
  decideSender,
  type Fate,
  fateOfClass,
  mailCriticality,
  mailSubject,
  type SenderFacts,
  screenSender,
  threadKeys,
} from '../../domain/mail/index.js';
import { loadContractContext } from '../contracts/index.js';
import { openTicket, replyToTicket, type TicketRecord } from '../desk/index.js';
import { actorFor } from '../identity/index.js';
import { mailOrigin } from '../shared/index.js';
import { answerApprovalReply } from './answer-approval.js';
import type { MailDeps, ReadMail, StoredMail } from './ports.js';
import { settleAutomatic } from './settle-bounce.js';
import {
  AlreadySettled,
  attachmentsOf,
  newWords,
  type Readout,
  settle,
  settlingTransact,
} from './settle-mail.js';

/** A stored message not processed yet, and what parsing it read (null: it could not be parsed). */
export interface OpenedMail {
  readonly stored: StoredMail;
  readonly read: ReadMail | null;
}

/** Reads a stored message and parses it; undefined when it is gone or already has a fate. */
export async function openStoredMail(
  options: Pick<MailDeps, 'mailMessages' | 'readers'>,
  mailId: string,
): Promise<OpenedMail | undefined> {
  const stored = await options.mailMessages.find(mailId);
  if (!stored || stored.fate !== null) return undefined;
  const read = await Promise.resolve()
    .then(() => options.readers.parse(stored.raw, stored.envelope))
    .catch(() => null);
  return { stored, read };
}

/**
 * Processes one stored message to its fate: our own mail, bounces and auto-replies are ignored;
 * a reply to an approval mail decides it or is refused (answer-approval.ts); a reply joins the ticket its token, `[#n]` tag or Message-IDs name, if its sender may act on
 * it; a new message opens a ticket for an authorised requester of exactly one contract; the rest
 * waits in quarantine with the reason. Idempotent: a message already settled is left alone.
 */
export async function processMail(options: MailDeps & { mailId: string }): Promise<Fate | null> {
  const opened = await openStoredMail(options, options.mailId);
  return opened ? processOpenedMail(options, opened) : null;
}

/** {@link processMail} of a message already opened. */
export async function processOpenedMail(
  options: MailDeps,
  { stored, read }: OpenedMail,
): Promise<Fate | null> {
  if (read === null) return settleOnce(options, { stored, read, attachments: [] }, unreadable);
  const readout: Readout = { stored, read, attachments: attachmentsOf(options, read) };
  try {
    return await decide(options, readout, read);
  } catch (error) {
    if (error instanceof AlreadySettled) return null;
    throw error;
  }
}

const unreadable: Fate = { fate: 'quarantined', reason: 'unreadable' };

async function settleOnce(options: MailDeps, readout: Readout, fate: Fate): Promise<Fate | null> {
  try {
    return await settle(options, readout, fate);
  } catch (error) {
    if (error instanceof AlreadySettled) return null;
    throw error;
  }
}

async function decide(options: MailDeps, readout: Readout, read: ReadMail): Promise<Fate> {
  const { inbound } = read;
  const { mailboxes, loopMarker } = options.settings;
  const automatic = fateOfClass(classifyInbound(inbound, { loopMarker, mailboxes }));
  if (automatic) return settleAutomatic(options, readout, automatic);
  const { stored } = readout;
  if (
    stored.messageId !== '' &&
    (await options.mailMessages.handledCopy(stored.messageId, stored.id))
  ) {
    return settle(options, readout, { fate: 'ignored', reason: 'duplicate' });
  }
  const user = inbound.from === null ? undefined : await options.users.findByEmail(inbound.from);
  const known = user?.active ? user : undefined;
  const facts: SenderFacts = {
    from: inbound.from,
    ownAddresses: mailboxes,
    auth: await options.readers.authenticate(stored.raw, stored.envelope),
    match: known
      ? {
          kind: 'known',
          userId: known.id,
          requesterOf: await options.directory.requesterContracts(known.id),
        }
      : { kind: 'unknown' },
  };
  const approval = await answerApprovalReply(options, {
    readout,
    read,
    auth: facts.auth,
    sender: user,
  });
  if (approval) return approval;
  const ticket = await threadedTicket(options, read);
  if (ticket) {
    const screened = screenSender(facts);
    if (screened.outcome === 'quarantine' || !known) {
      return settle(
        options,
        readout,
        quarantine(screened.outcome === 'quarantine' ? screened.reason : 'unknown_sender'),
      );
    }
    const actor = await actorFor(options, known);
    if (ticket.status === 'closed') return openFollowUp(options, readout, actor, ticket);
    return replyByMail(options, readout, actor, ticket);
  }
  const decision = decideSender(facts);
  if (decision.outcome === 'quarantine' || !known) {
    return settle(
      options,
      readout,
      quarantine(decision.outcome === 'quarantine' ? decision.reason : 'unknown_sender'),
    );
  }
  return openByMail(options, readout, await actorFor(options, known), decision.contractId, null);
}

function quarantine(reason: Extract<Fate, { fate: 'quarantined' }>['reason']): Fate {
  return { fate: 'quarantined', reason };
}

/** The ticket the message's thread keys find first, if any. */
async function threadedTicket(
  options: MailDeps,
  read: ReadMail,
): Promise<TicketRecord | undefined> {
  for (const key of threadKeys(read.inbound, options.settings.mailboxes)) {
    const id =
      key.kind === 'token'
        ? await options.mailThreads.ticketByToken(key.token)
        : key.kind === 'subject_tag'
          ? await options.mailThreads.ticketByNumber(key.ticketNumber)
          : await options.mailThreads.ticketByMessageId(key.messageId);
    const ticket = id === undefined ? undefined : await options.desk.tickets.find(id);
    if (ticket) return ticket;
  }
  return undefined;
}

function attachmentMetas(readout: Readout) {
  return readout.attachments.map((a) => ({
    id: a.id,
    name: a.filename,
    contentType: a.contentType,
    bytes: a.size,
  }));
}

async function replyByMail(
  options: MailDeps,
  readout: Readout,
  actor: Actor,
  ticket: TicketRecord,
): Promise<Fate> {
  const fate: Fate = { fate: 'reply', ticketId: ticket.id };
  try {
    await replyToTicket({
      ...options.desk,
      transact: settlingTransact(options, readout, () => fate),
      actor,
      origin: mailOrigin(readout.stored.id),
      ticketId: ticket.id,
      body: newWords(readout.read as ReadMail),
      automatic: false,
      attachments: attachmentMetas(readout),
      mailId: readout.stored.id,
    });
    return fate;
  } catch (error) {
    if (
      error instanceof DomainError &&
      (error.code === 'not_found' || error.code === 'forbidden')
    ) {
      return settle(options, readout, quarantine('ticket_out_of_reach'));
    }
    throw error;
  }
}

/**
 * A reply to a closed ticket (final: already counted in reports) opens a new ticket on the same
 * contract, threaded from then on by the new ticket's own marks.
 */
async function openFollowUp(
  options: MailDeps,
  readout: Readout,
  actor: Actor,
  closed: TicketRecord,
): Promise<Fate> {
  const requesterOf = await options.directory.requesterContracts(actor.userId);
  if (!requesterOf.includes(closed.contractId)) {
    return settle(options, readout, quarantine('not_authorised'));
  }
  return openByMail(options, readout, actor, closed.contractId, closed);
}

async function openByMail(
  options: MailDeps,
  readout: Readout,
  actor: Actor,
  contractId: string,
  followUpOf: TicketRecord | null,
): Promise<Fate> {
  const read = readout.read as ReadMail;
  const origin = mailOrigin(readout.stored.id);
  try {
    const context = await loadContractContext({
      ...options.desk,
      actor,
      action: 'tickets.create',
      contractId,
    });
    const { plan } = context.versionAt(context.today);
    const description = followUpOf === null ? read.inbound.text.trim() || '—' : newWords(read);
    let fate: Fate | undefined;
    await openTicket({
      ...options.desk,
      transact: settlingTransact(options, readout, (ticket) => {
        fate = { fate: 'ticket', ticketId: ticket.id };
        return fate;
      }),
      actor,
      origin,
      input: {
        contractId,
        requesterId: actor.userId,
        channel: 'email',
        classification: { kind: 'question' },
        criticality: mailCriticality(plan.responseTargets),
        subject: mailSubject(read.inbound.subject, read.inbound.text),
        description,
        attachments: attachmentMetas(readout),
        mailId: readout.stored.id,
      },
    });
    return fate ?? quarantine('not_authorised');
  } catch (error) {
    if (error instanceof DomainError && error.code !== 'unavailable') {
      return settle(options, readout, quarantine('not_authorised'));
    }
    throw error;
  }
}
