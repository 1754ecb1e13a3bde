/**
 * The SMTP way out (`PACTA_SMTP_URL`): a pooled nodemailer transport, and the builder that puts
 * Pacta's marks on every message — the ticket token in the Reply-To, the `[#n]` subject tag,
 * References/In-Reply-To, the loop header — and, on automatic mail, `Auto-Submitted` so that
 * well-behaved robots never answer it (RFC 3834).
 */
import nodemailer, { type Mail } from 'nodemailer';
import { taggedSubject, tokenAddress } from '../domain/mail/address.js';
import { loopHeader } from '../domain/mail/classify.js';

/** A person or mailbox on a message. */
export interface MailParty {
  readonly address: string;
  readonly name?: string;
}

/** A file sent with a message. */
export interface OutgoingAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
}

/** One message to send, as the outbox hands it over; every id is minted by the caller. */
export interface OutgoingMail {
  /** The Message-ID without angle brackets, e.g. `0190…@andino.example`. */
  readonly messageId: string;
  /** The desk's mailbox it is sent from; replies go to it, plus-addressed with the ticket token. */
  readonly from: MailParty;
  readonly to: readonly MailParty[];
  readonly cc?: readonly MailParty[];
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  /** Written by Pacta, not by a person: acknowledgements, notices, statements. */
  readonly automatic: boolean;
  /** The ticket the message is about: its number tags the subject, its token the Reply-To. */
  readonly ticket?: { readonly number: number; readonly token: string };
  /** A Reply-To of its own, e.g. an approval request's token address (wins over the ticket's). */
  readonly replyTo?: string;
  /** The message answered, and the thread's ids oldest first (no angle brackets). */
  readonly inReplyTo?: string;
  readonly references?: readonly string[];
  /** This installation's mark (`X-Pacta-Loop`), so our own mail coming back is recognised. */
  readonly loopMarker: string;
  /** The recipient's language, for Content-Language. */
  readonly language?: 'es' | 'en';
  readonly attachments?: readonly OutgoingAttachment[];
}

const bracket = (id: string) => `<${id}>`;
const party = (p: MailParty): Mail.Address => ({ name: p.name ?? '', address: p.address });

/** The nodemailer message for `mail`, with Pacta's threading and loop marks set. */
export function buildMessage(mail: OutgoingMail): Mail.Options {
  const headers: Record<string, string> = { [loopHeader]: mail.loopMarker };
  if (mail.automatic) {
    headers['Auto-Submitted'] = 'auto-generated';
    headers['X-Auto-Response-Suppress'] = 'All';
  }
  if (mail.language) headers['Content-Language'] = mail.language;
  const replyTo = mail.replyTo
    ? party({ ...mail.from, address: mail.replyTo })
    : mail.ticket
      ? party({ ...mail.from, address: tokenAddress(mail.from.address, mail.ticket.token) })
      : undefined;
  return {
    messageId: bracket(mail.messageId),
    from: party(mail.from),
    to: mail.to.map(party),
    cc: mail.cc?.map(party),
    replyTo,
    subject: mail.ticket ? taggedSubject(mail.subject, mail.ticket.number) : mail.subject,
    text: mail.text,
    html: mail.html,
    inReplyTo: mail.inReplyTo ? bracket(mail.inReplyTo) : undefined,
    references: mail.references?.map(bracket),
    headers,
    attachments: mail.attachments?.map((a) => ({ ...a })),
  };
}

/** What the SMTP server said of a sent message. */
export interface SentMail {
  readonly messageId: string;
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
  readonly response: string;
}

/** Sends mail through one SMTP server over a pool of connections. */
export interface MailSender {
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

/** A pooled sender for `smtp://` or `smtps://user:pass@host:port` (`PACTA_SMTP_URL`). */
export function createMailSender(smtpUrl: string): MailSender {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  const transport = nodemailer.createTransport(url.toString());
  return {
    async send(mail) {
      const info = await transport.sendMail(buildMessage(mail));
      return {
        messageId: info.messageId.replace(/^<|>$/g, ''),
        accepted: info.accepted,
        rejected: info.rejected,
        response: info.response,
      };
    },
    close: () => transport.close(),
  };
}
