/**
 * Which received messages no person wrote: bounces, auto-replies and our own notifications
 * coming back. They are recorded as ignored and never answered (RFC 3834), so that two
 * robots cannot mail each other for ever.
 */
import { baseAddress, localPart } from './address.js';
import { firstHeader, headerValues, type InboundMail } from './message.js';

/** The header Pacta puts on every message it sends; its value names the installation. */
export const loopHeader = 'X-Pacta-Loop';

/** Why a message is taken for a bounce. */
export const bounceReasons = [
  'delivery_status_report',
  'mailer_daemon',
  'failed_recipients',
] as const;
/** One of {@link bounceReasons}. */
export type BounceReason = (typeof bounceReasons)[number];

/** Why a message is taken for an automatic one. */
export const automaticReasons = [
  'auto_submitted',
  'x_autoreply',
  'x_autorespond',
  'precedence_bulk',
  'precedence_junk',
  'precedence_list',
  'null_return_path',
  'disposition_notification',
] as const;
/** One of {@link automaticReasons}. */
export type AutomaticReason = (typeof automaticReasons)[number];

/** Why a message is taken for our own mail come back. */
export const loopReasons = ['own_notification', 'x_loop'] as const;
/** One of {@link loopReasons}. */
export type LoopReason = (typeof loopReasons)[number];

/** What a received message is: written by a person, or ignored with the reason. */
export type MailClass =
  | { readonly kind: 'human' }
  | { readonly kind: 'loop'; readonly reason: LoopReason }
  | { readonly kind: 'bounce'; readonly reason: BounceReason }
  | { readonly kind: 'automatic'; readonly reason: AutomaticReason };

/** What marks mail as ours: the loop header's value and the desk's mailbox addresses. */
export interface OwnMarks {
  readonly loopMarker: string;
  readonly mailboxes: readonly string[];
}

/** Classifies a received message: our own mail first, then bounces, then automatic mail. */
export function classifyInbound(mail: InboundMail, own: OwnMarks): MailClass {
  const loop = loopReason(mail, own);
  if (loop) return { kind: 'loop', reason: loop };
  const bounce = bounceReason(mail);
  if (bounce) return { kind: 'bounce', reason: bounce };
  const automatic = automaticReason(mail);
  if (automatic) return { kind: 'automatic', reason: automatic };
  return { kind: 'human' };
}

function loopReason(mail: InboundMail, own: OwnMarks): LoopReason | null {
  const marker = own.loopMarker.trim().toLowerCase();
  const ours = headerValues(mail, loopHeader).some(
    (value) => value.trim().toLowerCase() === marker,
  );
  if (ours) return 'own_notification';
  const mailboxes = new Set(own.mailboxes.map(baseAddress));
  const looped = headerValues(mail, 'x-loop').some((value) => mailboxes.has(baseAddress(value)));
  return looped ? 'x_loop' : null;
}

function bounceReason(mail: InboundMail): BounceReason | null {
  const { type, params } = mail.contentType;
  if (type === 'multipart/report' && params['report-type']?.toLowerCase() === 'delivery-status') {
    return 'delivery_status_report';
  }
  const local = mail.from === null ? '' : localPart(mail.from);
  if (local === 'mailer-daemon' || local === 'postmaster') return 'mailer_daemon';
  return headerValues(mail, 'x-failed-recipients').length > 0 ? 'failed_recipients' : null;
}

const precedenceReasons: Record<string, AutomaticReason> = {
  bulk: 'precedence_bulk',
  junk: 'precedence_junk',
  list: 'precedence_list',
};

function automaticReason(mail: InboundMail): AutomaticReason | null {
  const autoSubmitted = firstHeader(mail, 'auto-submitted');
  if (autoSubmitted !== null && headerToken(autoSubmitted) !== 'no') return 'auto_submitted';
  if (firstHeader(mail, 'x-autoreply') !== null) return 'x_autoreply';
  if (firstHeader(mail, 'x-autorespond') !== null) return 'x_autorespond';
  const precedence = precedenceReasons[headerToken(firstHeader(mail, 'precedence') ?? '')];
  if (precedence) return precedence;
  const { type, params } = mail.contentType;
  if (
    type === 'multipart/report' &&
    params['report-type']?.toLowerCase() === 'disposition-notification'
  ) {
    return 'disposition_notification';
  }
  return mail.returnPath === '' ? 'null_return_path' : null;
}

/** The first word of a structured header value, lower-case, without comments or parameters. */
function headerToken(value: string): string {
  return (
    value
      .replace(/\([^)]*\)/g, ' ')
      .split(/[;\s]+/)
      .find((word) => word !== '')
      ?.toLowerCase() ?? ''
  );
}
