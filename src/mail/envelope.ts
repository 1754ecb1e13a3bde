/**
 * What every way in hands over with a raw message: the SMTP envelope when it came over SMTP,
 * what the mailbox knows when it came from IMAP. Both ways in call the same `AcceptMail`.
 */

/** How a message reached Pacta, beside its bytes. */
export interface MailEnvelope {
  readonly source: 'smtp' | 'imap';
  /** SMTP `MAIL FROM`: `''` for the null reverse path `<>`; undefined when not over SMTP. */
  readonly mailFrom?: string;
  /** SMTP `RCPT TO` addresses; `[]` when not over SMTP. */
  readonly rcptTo: readonly string[];
  /** The IP address of the SMTP client. */
  readonly remoteAddress?: string;
  /** The name the SMTP client gave in EHLO/HELO. */
  readonly heloName?: string;
}

/**
 * Stores a received message durably. It must resolve only once the raw bytes are safe: the
 * SMTP listener answers 250 and the IMAP mailbox flags or moves the message only after it does.
 */
export type AcceptMail = (raw: Buffer, envelope: MailEnvelope) => Promise<void>;
