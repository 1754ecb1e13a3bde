/**
 * The mail module's edges, made of this folder's parts: reading a received message (postal-mime
 * and mailauth), reading mailboxes (imapflow) and handing outgoing mail to an SMTP server
 * (nodemailer).
 */
import type {
  MailboxReader,
  MailReaders,
  MailTransport,
  OutgoingRecord,
} from '../app/mail/index.js';
import { type AuthCheckOptions, createAuthChecker } from './auth-check.js';
import { drainMailbox, probeMailbox } from './imap-mailbox.js';
import { parseMail } from './parse.js';
import type { MailSender } from './send.js';

/** Parsing and authentication of received mail. */
export function mailReaders(auth: AuthCheckOptions): MailReaders {
  const check = createAuthChecker(auth);
  return {
    parse: (raw, envelope) => parseMail(raw, envelope),
    authenticate: (raw, envelope) => check(raw, envelope),
  };
}

/** A transport over a pooled SMTP sender, writing from the desk's first mailbox. */
export function smtpTransport(
  sender: MailSender,
  identity: { from: string; fromName: string; loopMarker: string },
): MailTransport {
  return async (mail: OutgoingRecord) => {
    await sender.send({
      messageId: mail.messageId,
      from: { address: identity.from, name: identity.fromName },
      to: [{ address: mail.toAddress, name: mail.toName }],
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      automatic: mail.automatic,
      ...(mail.ticket ? { ticket: mail.ticket } : {}),
      ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
      loopMarker: identity.loopMarker,
      language: mail.language,
      attachments: mail.attachments.map((file) => ({
        ...file,
        content: Buffer.from(file.content, 'utf8'),
      })),
    });
  };
}

/** The desk's IMAP mailboxes, read with imapflow. */
export const imapMailboxReader: MailboxReader = {
  drain: (connection, accept) => drainMailbox(connection, accept),
  probe: (connection) => probeMailbox(connection),
};
