/**
 * The marks Pacta puts on its mail so that a reply finds its ticket again: a token in a
 * plus-addressed Reply-To (`soporte+t-<token>@…`), a `[#<number>]` tag in the subject, and
 * Message-IDs. Relays may rewrite Message-IDs; they keep recipients and subjects.
 */

const tokenPattern = /^[a-z0-9]{8,64}$/;

/** What a plus-addressed token answers: a ticket's thread (`t-`) or an approval request (`a-`). */
export type TokenTag = 't-' | 'a-';

/** An address lower-cased and trimmed, with the angle brackets some headers keep removed. */
export function normaliseAddress(address: string): string {
  return address.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** The domain of an address (lower-case), or null when it has no `@`. */
export function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  return at < 0 ? null : address.slice(at + 1).toLowerCase();
}

/** The local part of an address (lower-case): all of it when it has no `@`. */
export function localPart(address: string): string {
  const normal = normaliseAddress(address);
  const at = normal.lastIndexOf('@');
  return at < 0 ? normal : normal.slice(0, at);
}

/** An address without its plus tag: `soporte+t-abc@x` → `soporte@x`. */
export function baseAddress(address: string): string {
  const normal = normaliseAddress(address);
  const at = normal.lastIndexOf('@');
  if (at < 0) return normal;
  const local = normal.slice(0, at);
  const plus = local.indexOf('+');
  return plus < 0 ? normal : `${local.slice(0, plus)}${normal.slice(at)}`;
}

/** Whether a text is a well-formed ticket token: 8–64 lower-case letters or digits. */
export function isTicketToken(token: string): boolean {
  return tokenPattern.test(token);
}

/** The reply address of a ticket (or, tagged `a-`, of an approval request): `+t-<token>` in the mailbox's local part. */
export function tokenAddress(mailbox: string, token: string, tokenTag: TokenTag = 't-'): string {
  if (!isTicketToken(token)) throw new Error(`not a ticket token: ${JSON.stringify(token)}`);
  const normal = baseAddress(mailbox);
  const at = normal.lastIndexOf('@');
  if (at < 1) throw new Error(`not a mailbox address: ${JSON.stringify(mailbox)}`);
  return `${normal.slice(0, at)}+${tokenTag}${token}${normal.slice(at)}`;
}

/**
 * The ticket token in an address written to one of the desk's mailboxes, or null: the address
 * must be `<mailbox local>+t-<token>@<mailbox domain>` for one of `mailboxes` (`+a-` for approvals).
 */
export function tokenInAddress(
  address: string,
  mailboxes: readonly string[],
  tokenTag: TokenTag = 't-',
): string | null {
  const normal = normaliseAddress(address);
  if (!mailboxes.some((mailbox) => baseAddress(mailbox) === baseAddress(normal))) return null;
  const local = normal.slice(0, normal.lastIndexOf('@'));
  const tag = local.slice(local.indexOf('+') + 1);
  if (!local.includes('+') || !tag.startsWith(tokenTag)) return null;
  const token = tag.slice(tokenTag.length);
  return isTicketToken(token) ? token : null;
}

const subjectTagPattern = /\[#(\d{1,9})\]/;

/** The ticket number of the first `[#<number>]` tag in a subject, or null. */
export function subjectTag(subject: string): number | null {
  const match = subjectTagPattern.exec(subject);
  const number = match?.[1] === undefined ? 0 : Number(match[1]);
  return number > 0 ? number : null;
}

/** The subject with the ticket's `[#<number>]` tag in front, unless that tag is already there. */
export function taggedSubject(subject: string, ticketNumber: number): string {
  if (subjectTag(subject) === ticketNumber) return subject;
  const text = subject.trim();
  return text === '' ? `[#${ticketNumber}]` : `[#${ticketNumber}] ${text}`;
}

/** The message ids in a Message-ID, In-Reply-To or References value, brackets removed. */
export function messageIdsIn(value: string): string[] {
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((match) => match[1] ?? '');
  if (bracketed.length > 0) return bracketed.filter((id) => id.includes('@'));
  return value.split(/\s+/).filter((id) => id.includes('@') && !/[<>,;]/.test(id));
}
