/**
 * Replies carry the whole conversation below them. Agents read only what is new: the quoted
 * history is cut at the first quote header (Spanish or English, Gmail, Apple Mail, Outlook,
 * Thunderbird) or `>` quoting, and the signature is kept apart to be shown collapsed.
 */

/** A reply split into what the person wrote, their signature, and the quoted history. */
export interface SplitReply {
  readonly reply: string;
  readonly signature: string;
  readonly quoted: string;
}

/** How far a quote header may wrap ("On …, Name <" / "name@x> wrote:" in Gmail). */
const maxHeaderLines = 3;

const attribution = [
  /^on\s.{4,}\swrote:$/i,
  /^el\s.{4,}\sescribi[óo]:$/i,
  /^(?:-{2,}\s*)?(?:original message|mensaje original)(?:\s*-{2,})?$/i,
];

const outlookFrom = /^\*?(?:from|de)\s*:\*?\s*\S/i;
const outlookSent = /^\*?(?:sent|enviado(?: el)?|date|fecha)\s*:\*?\s*\S/i;
const separatorLine = /^_{10,}$/;

const signatureStart = [
  /^--\s?$/,
  /^(?:sent from my|enviado desde mi|get outlook for|obtener outlook para|sent from outlook|enviado desde outlook|sent from mail for windows|enviado desde correo para windows)\b/i,
];

/** Splits the text of a reply into the new words, the signature and the quoted history. */
export function splitReply(text: string): SplitReply {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const quoteAt = quoteStart(lines);
  const ownLines = lines.slice(0, quoteAt);
  const quotedLines = lines.slice(quoteAt);
  const kept = ownLines.filter((line) => !isQuoted(line));
  const interleaved = ownLines.filter(isQuoted);
  const signatureAt = kept.findIndex((line) => signatureStart.some((p) => p.test(line.trim())));
  const body = signatureAt < 0 ? kept : kept.slice(0, signatureAt);
  const signature = signatureAt < 0 ? [] : kept.slice(signatureAt);
  return {
    reply: tidy(body),
    signature: tidy(signature.slice(isSeparator(signature[0]) ? 1 : 0)),
    quoted: tidy([...interleaved, ...quotedLines]),
  };
}

/** The index of the first line of quoted history, or the line count when there is none. */
function quoteStart(lines: readonly string[]): number {
  for (let at = 0; at < lines.length; at++) {
    if (isAttribution(lines, at) || isOutlookBlock(lines, at)) return at;
    if (
      separatorLine.test(lines[at]?.trim() ?? '') &&
      isOutlookBlock(lines, nextFilled(lines, at + 1))
    ) {
      return at;
    }
    if (isQuoted(lines[at] ?? '') && restIsQuoted(lines, at)) return at;
  }
  return lines.length;
}

function isAttribution(lines: readonly string[], at: number): boolean {
  let joined = '';
  for (let end = at; end < Math.min(lines.length, at + maxHeaderLines); end++) {
    const line = lines[end]?.trim() ?? '';
    if (line === '' || isQuoted(line)) return false;
    joined = joined === '' ? line : `${joined} ${line}`;
    if (attribution.some((pattern) => pattern.test(joined))) return true;
  }
  return false;
}

/** Outlook's header block: a From/De line followed within four lines by Sent/Enviado/Date. */
function isOutlookBlock(lines: readonly string[], at: number): boolean {
  if (!outlookFrom.test(lines[at]?.trim() ?? '')) return false;
  return lines.slice(at + 1, at + 5).some((line) => outlookSent.test(line.trim()));
}

function restIsQuoted(lines: readonly string[], at: number): boolean {
  return lines.slice(at).every((line) => line.trim() === '' || isQuoted(line));
}

function nextFilled(lines: readonly string[], from: number): number {
  let at = from;
  while (at < lines.length && (lines[at]?.trim() ?? '') === '') at++;
  return at;
}

function isQuoted(line: string): boolean {
  return line.trimStart().startsWith('>');
}

function isSeparator(line: string | undefined): boolean {
  return line !== undefined && /^--\s?$/.test(line.trim());
}

function tidy(lines: readonly string[]): string {
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
