/**
 * What became of a received message. Every message Pacta accepts is stored raw and ends with
 * exactly one fate: it opened a ticket, joined one as a reply, waits in quarantine for an
 * administrator (with the reason), or was ignored (with the reason). Nothing accepted is lost.
 */
import { automaticReasons, bounceReasons, loopReasons, type MailClass } from './classify.js';
import { senderQuarantineReasons } from './sender.js';

/** The ends of a received message: the four of any mail, and a decision on an approval request. */
export const mailFates = ['ticket', 'reply', 'approval', 'quarantined', 'ignored'] as const;
/** One of {@link mailFates}. */
export type MailFate = (typeof mailFates)[number];

/** Why an approval reply changes nothing (its sender gets a mail back saying so). */
export const approvalRefusals = [
  'approval_closed',
  'approval_wrong_person',
  'approval_not_authenticated',
  'approval_no_decision',
  'approval_reason_required',
] as const;
/** One of {@link approvalRefusals}. */
export type ApprovalRefusal = (typeof approvalRefusals)[number];

/**
 * Why a message waits in quarantine: the sender rules (sender.ts); a reply to a ticket the sender
 * may not act on; an approval reply that cannot be accepted; a message too large or unreadable.
 */
export const quarantineReasons = [
  ...senderQuarantineReasons,
  'ticket_out_of_reach',
  ...approvalRefusals,
  'too_large',
  'unreadable',
] as const;
/** One of {@link quarantineReasons}. */
export type MailQuarantineReason = (typeof quarantineReasons)[number];

/**
 * Why a message is ignored: no person wrote it (auto-replies, bounces, our own mail come back),
 * it is a copy of a message already handled (same Message-ID), or an administrator discarded it.
 */
export const ignoreReasons = [
  ...automaticReasons,
  ...bounceReasons,
  ...loopReasons,
  'duplicate',
  'discarded',
] as const;
/** One of {@link ignoreReasons}. */
export type IgnoreReason = (typeof ignoreReasons)[number];

/** Every reason a fate can carry. */
export const fateReasons = [...quarantineReasons, ...ignoreReasons] as const;
/** One of {@link fateReasons}. */
export type FateReason = (typeof fateReasons)[number];

/** The fate of a processed message, with its ticket or its reason. */
export type Fate =
  | { readonly fate: 'ticket'; readonly ticketId: string }
  | { readonly fate: 'reply'; readonly ticketId: string }
  | { readonly fate: 'approval' }
  | { readonly fate: 'quarantined'; readonly reason: MailQuarantineReason }
  | { readonly fate: 'ignored'; readonly reason: IgnoreReason };

/** The fate of a message no person wrote, or null for a person's message. */
export function fateOfClass(mailClass: MailClass): Fate | null {
  return mailClass.kind === 'human' ? null : { fate: 'ignored', reason: mailClass.reason };
}
