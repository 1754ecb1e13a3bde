/**
 * What the mail rules read of a received message: plain data, filled in at the edge by the
 * parser (src/mail/parse.ts) from the raw message and its SMTP envelope.
 */

/** A received message as the mail rules see it. Addresses are lower-cased; ids have no `<>`. */
export interface InboundMail {
  /** Every header field of the message's top level by lower-case name, values unfolded, in order. */
  readonly headers: Readonly<Record<string, readonly string[]>>;
  /** The From address, or null when the message has none (or none that parses). */
  readonly from: string | null;
  /**
   * The reverse path: SMTP `MAIL FROM`, else the `Return-Path` header; `''` is the null path
   * `<>` that bounces and auto-replies use, `undefined` when neither is known.
   */
  readonly returnPath: string | undefined;
  /** Where it was addressed: envelope recipients, To, Cc, Delivered-To, X-Original-To. */
  readonly recipients: readonly string[];
  /** The decoded subject, `''` when missing. */
  readonly subject: string;
  /** Message-ID without angle brackets, or null. */
  readonly messageId: string | null;
  /** In-Reply-To ids, in header order. */
  readonly inReplyTo: readonly string[];
  /** References ids, in header order (oldest first, as clients write them). */
  readonly references: readonly string[];
  /** The top-level media type, lower-case (`multipart/report`), and its parameters. */
  readonly contentType: {
    readonly type: string;
    readonly params: Readonly<Record<string, string>>;
  };
  /** The text agents read: the plain part, or text derived from the HTML. */
  readonly text: string;
}

/** The values of a header field (any case), `[]` when absent. */
export function headerValues(mail: Pick<InboundMail, 'headers'>, name: string): readonly string[] {
  return mail.headers[name.toLowerCase()] ?? [];
}

/** The first value of a header field, trimmed, or null when absent. */
export function firstHeader(mail: Pick<InboundMail, 'headers'>, name: string): string | null {
  const value = headerValues(mail, name)[0];
  return value === undefined ? null : value.trim();
}
