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

const attribution = [/^on\s.{4,}\swrote:$/i, /^el\s.{4,}\sescribi[óo]:$/i];
const originalMessage = /^(?:-{2,}\s*)?(?:original message|mensaje original)(?:\s*-{2,})?$/i;

const outlookFrom = /^\*?(?:from|de)\s*:\*?\s*\S/i;
const outlookSent = /^\*?(?:sent|enviado(?: el)?|date|fecha)\s*:\*?\s*\S/i;
const separatorLine = /^(?:_{10,}|-{10,})$/;

const signatureStart = [
  /^--\s?$/,
  /^(?:sent from my|enviado desde mi|get outlook for|obtener outlook para|sent from outlook|enviado desde outlook|sent from mail for windows|enviado desde correo para windows)\b/i,
];

/**
 * Splits the text of a reply into the new words, the signature and the quoted history. A reply
 * written below or between the quoted lines (nothing above the "On … wrote:" line) keeps the
 * answers between the quotes.
 */
export function splitReply(text: string): SplitReply {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const { at, attributionLines } = quoteStart(lines);
  const after = lines.slice(at + attributionLines);
  const inline =
    attributionLines > 0 && lines.slice(0, at).every(isBlank) && answersBetweenQuotes(after);
  const own = inline ? after : lines.slice(0, at);
  const history = inline ? lines.slice(at, at + attributionLines) : lines.slice(at);
  const kept = own.filter((line) => !isQuoted(line));
  const signatureAt = kept.findIndex((line) => signatureStart.some((p) => p.test(line.trim())));
  const body = signatureAt < 0 ? kept : kept.slice(0, signatureAt);
  const signature = signatureAt < 0 ? [] : kept.slice(signatureAt);
  return {
    reply: tidy(body),
    signature: tidy(signature.slice(isSeparator(signature[0]) ? 1 : 0)),
    quoted: tidy([...history, ...own.filter(isQuoted)]),
  };
}

/** Where the quoted history starts, and how many lines its attribution ("On … wrote:") takes. */
function quoteStart(lines: readonly string[]): { at: number; attributionLines: number } {
  for (let at = 0; at < lines.length; at++) {
    const attributionLines = attributionLength(lines, at);
    if (attributionLines > 0) return { at, attributionLines };
    const line = lines[at]?.trim() ?? '';
    const outlook =
      originalMessage.test(line) ||
      isOutlookBlock(lines, at) ||
      (separatorLine.test(line) && isOutlookBlock(lines, nextFilled(lines, at + 1)));
    if (outlook || (isQuoted(line) && lines.slice(at).every((l) => isBlank(l) || isQuoted(l)))) {
      return { at, attributionLines: 0 };
    }
  }
  return { at: lines.length, attributionLines: 0 };
}

/** How many lines (1–3) an attribution starting at `at` takes, 0 when there is none. */
function attributionLength(lines: readonly string[], at: number): number {
  let joined = '';
  for (let end = at; end < Math.min(lines.length, at + maxHeaderLines); end++) {
    const line = lines[end]?.trim() ?? '';
    if (line === '' || isQuoted(line)) return 0;
    joined = joined === '' ? line : `${joined} ${line}`;
    if (attribution.some((pattern) => pattern.test(joined))) return end - at + 1;
  }
  return 0;
}

/** The quote starts right away and unquoted answers follow quoted lines. */
function answersBetweenQuotes(lines: readonly string[]): boolean {
  const first = lines.findIndex((line) => !isBlank(line));
  if (first < 0 || !isQuoted(lines[first] ?? '')) return false;
  return lines.slice(first).some((line) => !isBlank(line) && !isQuoted(line));
}

/** Outlook's header block: a From/De line followed within four lines by Sent/Enviado/Date. */
function isOutlookBlock(lines: readonly string[], at: number): boolean {
  if (!outlookFrom.test(lines[at]?.trim() ?? '')) return false;
  return lines.slice(at + 1, at + 5).some((line) => outlookSent.test(line.trim()));
}

function nextFilled(lines: readonly string[], from: number): number {
  let at = from;
  while (at < lines.length && (lines[at]?.trim() ?? '') === '') at++;
  return at;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
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
