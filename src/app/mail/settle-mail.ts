import type { Fate } from '../../domain/mail/fate.js';
import { splitReply } from '../../domain/mail/quote.js';
import type { TicketRecord } from '../desk/index.js';
import type {
  MailAttachment,
  MailDeps,
  MailOutcome,
  MailTx,
  ReadMail,
  StoredMail,
} from './ports.js';

/** A message another processor settled first: the work is rolled back and nothing is done twice. */
export class AlreadySettled extends Error {
  override readonly name = 'AlreadySettled';
}

/** What a processed message keeps besides its fate: its parsed parts and attachments. */
export interface Readout {
  readonly stored: StoredMail;
  readonly read: ReadMail | null;
  readonly attachments: readonly MailAttachment[];
}

/** The attachments of a parsed message with fresh ids, ready to store. */
export function attachmentsOf(options: Pick<MailDeps, 'ids'>, read: ReadMail): MailAttachment[] {
  return read.attachments.map((part, index) => ({
    id: options.ids.newId(),
    filename: part.filename ?? `attachment-${index + 1}`,
    contentType: part.contentType,
    inline: part.inline,
    size: part.content.length,
    content: part.content,
  }));
}

/** What the person wrote: the reply without its quoted history, or the whole text when that is all. */
export function newWords(read: ReadMail): string {
  const text = read.inbound.text;
  const reply = splitReply(text).reply;
  return reply === '' ? text.trim() || '—' : reply;
}

function outcomeOf(readout: Readout, fate: Fate, at: Date): MailOutcome {
  const inbound = readout.read?.inbound;
  return {
    fate: fate.fate,
    reason: 'reason' in fate ? fate.reason : null,
    ticketId: 'ticketId' in fate ? fate.ticketId : null,
    fromAddress: inbound?.from ?? null,
    subject: inbound?.subject ?? '',
    text: inbound?.text ?? '',
    html: readout.read?.html ?? null,
    processedAt: at,
  };
}

/**
 * Saves a message's fate in `tx` if no one changed it since it was read (the message's row stays
 * locked until the transaction ends), with its attachments (the first time), and the Message-ID
 * it brought into its ticket's thread; refuses (rolling the transaction back) otherwise.
 */
export async function saveFate(
  tx: MailTx,
  options: Pick<MailDeps, 'clock'>,
  readout: Readout,
  fate: Fate,
): Promise<void> {
  const { stored } = readout;
  const outcome = outcomeOf(readout, fate, options.clock.now());
  const saved = await tx.mailMessages.recordOutcome(stored.id, outcome, stored.fate);
  if (!saved) throw new AlreadySettled(stored.id);
  if (stored.fate === null) await tx.mailMessages.addAttachments(stored.id, readout.attachments);
  if ('ticketId' in fate && saved.messageId !== '') {
    await tx.mailThreads.rememberMessageId(saved.messageId, fate.ticketId);
  }
}

/** Settles a message that changes nothing else (quarantined or ignored). */
export async function settle(
  options: Pick<MailDeps, 'clock' | 'transact'>,
  readout: Readout,
  fate: Fate,
): Promise<Fate> {
  await options.transact((tx) => saveFate(tx, options, readout, fate));
  return fate;
}

/**
 * A transaction for a desk use-case that also settles the message, so the ticket (or the
 * reply) and the message's fate commit together or not at all: a crash in between leaves the
 * message unprocessed, and processing it again cannot make a second ticket.
 */
export function settlingTransact(
  options: Pick<MailDeps, 'clock' | 'transact'>,
  readout: Readout,
  fateOf: (ticket: TicketRecord) => Fate,
): MailDeps['desk']['transact'] {
  return (work) =>
    options.transact(async (tx) => {
      let created: TicketRecord | undefined;
      const tickets = {
        ...tx.tickets,
        create: async (ticket: Parameters<MailTx['tickets']['create']>[0]) => {
          created = await tx.tickets.create(ticket);
          return created;
        },
        update: async (id: string, input: Parameters<MailTx['tickets']['update']>[1]) => {
          created = await tx.tickets.update(id, input);
          return created;
        },
      };
      const result = await work({ ...tx, tickets });
      if (!created) throw new Error('the desk use-case changed no ticket');
      await saveFate(tx, options, readout, fateOf(created));
      return result;
    });
}
