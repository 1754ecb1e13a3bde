/**
 * Turns a raw received message into what Pacta keeps and decides on: the domain's view
 * (`InboundMail`), the sanitised HTML, the text agents read and the attachments with their
 * sniffed types. postal-mime parses; legacy charsets are made UTF-8 first (charset.ts).
 */
import { fileTypeFromBuffer } from 'file-type';
import libmime from 'libmime';
import PostalMime, { type Address, type Attachment, addressParser, type Email } from 'postal-mime';
import { formatInstant } from '../domain/calendar/instant.js';
import { messageIdsIn, normaliseAddress } from '../domain/mail/address.js';
import type { InboundMail } from '../domain/mail/message.js';
import { normaliseCharsets } from './charset.js';
import type { MailEnvelope } from './envelope.js';
import { htmlToText, sanitiseHtml } from './html.js';

/** One attachment or inline part, with the type read from its bytes when they say. */
export interface ParsedAttachment {
  readonly filename: string | null;
  /** The Content-Type the sender declared, lower-case. */
  readonly declaredType: string;
  /** The type sniffed from the bytes when known, else the declared type. */
  readonly contentType: string;
  readonly size: number;
  /** Content-ID without angle brackets, for `cid:` references in the HTML. */
  readonly contentId: string | null;
  /** Shown inside the message (an inline image) rather than listed as a file. */
  readonly inline: boolean;
  readonly content: Buffer;
}

/** A parsed message: the domain's view plus what is stored and shown. */
export interface ParsedMail {
  readonly inbound: InboundMail;
  /** The From display name, `''` when none. */
  readonly fromName: string;
  /** The Date header as an ISO instant, or null when missing or unreadable. */
  readonly date: string | null;
  /** Sanitised HTML, or null when the message has no HTML part. */
  readonly html: string | null;
  readonly attachments: readonly ParsedAttachment[];
}

/** Parses a raw message received with `envelope`; throws only when postal-mime gives up. */
export async function parseMail(raw: Buffer, envelope: MailEnvelope): Promise<ParsedMail> {
  // A message mailsplit cannot split is still parsed, with postal-mime's own decoding.
  const source = await normaliseCharsets(raw).catch(() => raw);
  const email = await PostalMime.parse(source, { maxNestingDepth: 64 });
  const headers = headerMap(email.headers);
  const html = email.html ? sanitiseHtml(email.html) : null;
  const from = firstMailbox(email.from);
  const inbound: InboundMail = {
    headers,
    from: from?.address ? normaliseAddress(from.address) : null,
    returnPath: envelope.mailFrom ?? returnPathOf(headers),
    recipients: recipientsOf(email, headers, envelope),
    subject: email.subject?.trim() ?? '',
    messageId: idsOf(headers['message-id'])[0] ?? null,
    inReplyTo: idsOf(headers['in-reply-to']),
    references: idsOf(headers.references),
    contentType: contentTypeOf(headers['content-type']?.[0]),
    text: email.text?.trim() || (html ? htmlToText(html) : ''),
  };
  return {
    inbound,
    fromName: from?.name ?? '',
    date: isoDate(email.date),
    html,
    attachments: await Promise.all(email.attachments.map(toAttachment)),
  };
}

function headerMap(headers: readonly { key: string; value: string }[]): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const { key, value } of headers) {
    const values = map[key];
    if (values) values.push(value);
    else map[key] = [value];
  }
  return map;
}

function firstMailbox(address: Address | undefined): { address: string; name: string } | null {
  if (!address) return null;
  if (address.group) return address.group[0] ?? null;
  return address;
}

function returnPathOf(headers: Record<string, string[]>): string | undefined {
  const value = headers['return-path']?.[0];
  return value === undefined ? undefined : normaliseAddress(value);
}

function recipientsOf(
  email: Email,
  headers: Record<string, string[]>,
  envelope: MailEnvelope,
): string[] {
  const delivered = [...(headers['delivered-to'] ?? []), ...(headers['x-original-to'] ?? [])];
  const listed = [
    ...(email.to ?? []),
    ...(email.cc ?? []),
    ...delivered.flatMap((v) => addressParser(v)),
  ];
  const addresses = [
    ...envelope.rcptTo,
    ...listed.flatMap((a) => (a.group ? a.group.map((m) => m.address) : [a.address])),
  ];
  return [...new Set(addresses.filter((a) => a.includes('@')).map(normaliseAddress))];
}

function idsOf(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap(messageIdsIn);
}

function contentTypeOf(value: string | undefined): InboundMail['contentType'] {
  if (value === undefined) return { type: 'text/plain', params: {} };
  const parsed = libmime.parseHeaderValue(value);
  const params = Object.fromEntries(
    Object.entries(parsed.params).map(([key, param]) => [key.toLowerCase(), String(param)]),
  );
  return { type: parsed.value.trim().toLowerCase(), params };
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : formatInstant(ms);
}

async function toAttachment(attachment: Attachment): Promise<ParsedAttachment> {
  const content =
    typeof attachment.content === 'string'
      ? Buffer.from(attachment.content, 'base64')
      : Buffer.from(new Uint8Array(attachment.content));
  const declaredType = attachment.mimeType.toLowerCase();
  const sniffed = await fileTypeFromBuffer(content);
  return {
    filename: attachment.filename,
    declaredType,
    contentType: sniffed?.mime ?? declaredType,
    size: content.length,
    contentId: attachment.contentId?.trim().replace(/^<|>$/g, '') || null,
    inline: attachment.disposition === 'inline' || attachment.related === true,
    content,
  };
}
