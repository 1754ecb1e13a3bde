/**
 * Which of our own messages a bounce returns. A delivery status report (RFC 3464) carries the
 * returned message, or its header, after the human-readable part: its `Message-ID` (or an
 * `Original-Message-ID` some servers add) names the message Pacta sent, minted under our
 * Message-ID domain. A report whose recipients were all only delayed, relayed or delivered
 * (`Action:` other than `failed`) returns nothing.
 */

const messageIdField = /^(?:original-)?message-id:[ \t]*<?([^\s<>]+@[^\s<>]+?)>?[ \t]*$/gim;
const actionField = /^action:[ \t]*([a-z]+)/gim;

/** The Message-IDs (no `<>`) of our messages under `domain` that the bounce `raw` returns. */
export function returnedMessageIds(raw: string, domain: string): string[] {
  const start = raw.search(/\r?\n\r?\n/);
  const body = start === -1 ? '' : raw.slice(start);
  const actions = [...body.matchAll(actionField)].map((m) => (m[1] ?? '').toLowerCase());
  if (actions.length > 0 && !actions.includes('failed')) return [];
  const suffix = `@${domain.toLowerCase()}`;
  const ids = [...body.matchAll(messageIdField)].map((m) => m[1] ?? '');
  return [...new Set(ids.filter((id) => id.toLowerCase().endsWith(suffix)))];
}
