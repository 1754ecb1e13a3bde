/**
 * Which of our own messages a bounce returns. A delivery status report (RFC 3464) carries the
 * returned message, or its header, after the human-readable part: its `Message-ID` (or an
 * `Original-Message-ID` some servers add) names the message Pacta sent, minted under our
 * Message-ID domain. A report whose recipients were all only delayed, relayed or delivered
 * (`Action:` other than `failed`) returns nothing. Its `Status:` says whether the failure is for
 * good (5.x.x, a hard bounce: the address is suppressed) or passing (4.x.x, a soft bounce).
 */

const messageIdField = /^(?:original-)?message-id:[ \t]*<?([^\s<>]+@[^\s<>]+?)>?[ \t]*$/gim;
const actionField = /^action:[ \t]*([a-z]+)/gim;
const statusField = /^status:[ \t]*([245])\.(\d{1,3})\.(\d{1,3})/gim;

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

/**
 * The report's delivery status (RFC 3463 `class.subject.detail`): the first permanent one (5.x.x)
 * if any recipient has one, else the first; null when the report gives none.
 */
export function returnedStatus(raw: string): string | null {
  const start = raw.search(/\r?\n\r?\n/);
  const body = start === -1 ? '' : raw.slice(start);
  const statuses = [...body.matchAll(statusField)].map((m) => `${m[1]}.${m[2]}.${m[3]}`);
  return statuses.find((status) => status.startsWith('5.')) ?? statuses[0] ?? null;
}

/**
 * Whether a delivery failure is for good (a hard bounce): a DSN status 5.x.x or an SMTP reply
 * 5xx. A soft one (4.x.x, 4xx) or one without a status is not.
 */
export function isHardBounce(status: string | null): boolean {
  return status !== null && /^5(\.\d{1,3}\.\d{1,3}|\d\d)$/.test(status);
}
