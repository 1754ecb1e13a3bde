/**
 * How a reply finds its ticket. Keys come in order of trust: the token in the plus-addressed
 * recipient survives relays that rewrite Message-IDs, the subject tag survives clients that
 * drop headers, and In-Reply-To/References are the standard that relays may break.
 */
import { subjectTag, tokenInAddress } from './address.js';
import type { InboundMail } from './message.js';

/** One way to find the ticket a message belongs to. */
export type ThreadKey =
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'subject_tag'; readonly ticketNumber: number }
  | { readonly kind: 'message_id'; readonly messageId: string };

/**
 * The keys a message offers, most trusted first: tokens in its recipients, the subject's
 * `[#n]` tag, then In-Reply-To and References from the most recent id back. The caller takes
 * the first key that finds a ticket.
 */
export function threadKeys(
  mail: Pick<InboundMail, 'recipients' | 'subject' | 'inReplyTo' | 'references'>,
  mailboxes: readonly string[],
): ThreadKey[] {
  const tokens = unique(
    mail.recipients.flatMap((address) => tokenInAddress(address, mailboxes) ?? []),
  );
  const ticketNumber = subjectTag(mail.subject);
  const ids = unique([...mail.inReplyTo, ...[...mail.references].reverse()]);
  return [
    ...tokens.map((token): ThreadKey => ({ kind: 'token', token })),
    ...(ticketNumber === null ? [] : [{ kind: 'subject_tag', ticketNumber } as const]),
    ...ids.map((messageId): ThreadKey => ({ kind: 'message_id', messageId })),
  ];
}

/**
 * Whether a message stands alone: it names no ticket (token, subject tag, In-Reply-To or
 * References) and no approval request, so no mail received before it can change its fate and it
 * may be processed beside them. Anything else is processed after every message received earlier.
 */
export function standsAlone(
  mail: Pick<InboundMail, 'recipients' | 'subject' | 'inReplyTo' | 'references'>,
  mailboxes: readonly string[],
): boolean {
  return (
    threadKeys(mail, mailboxes).length === 0 &&
    !mail.recipients.some((address) => tokenInAddress(address, mailboxes, 'a-') !== null)
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
