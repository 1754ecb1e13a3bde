/**
 * Approvals by mail, for any subject (seed 004: "Todas las aprobaciones deberán ocurrir a través
 * del canal oficial que es el correo electrónico"). An approval request binds one subject — work
 * awaiting approval now, quotes and deliverables next — to one person and a secret token carried
 * in the reply address and in one-time signed links. A reply decides only when its token is
 * bound to that request and that person, and the mail is vouched for the person's domain.
 */
import type { Money } from '../money.js';
import { normaliseAddress } from './address.js';
import { type ApprovalDecision, type ApprovalReply, parseApprovalReply } from './approval.js';
import { type AuthVerdict, vouchesFor } from './auth.js';
import type { ApprovalRefusal } from './fate.js';

/** What can be approved by mail; each kind is decided by its own module's use-case. */
export const approvalSubjectKinds = ['consumption', 'quote', 'deliverable'] as const;
/** One of {@link approvalSubjectKinds}. */
export type ApprovalSubjectKind = (typeof approvalSubjectKinds)[number];

/** What a request asks about, as its mail describes it: one shape per subject kind. */
export type ApprovalSummary =
  | {
      kind: 'consumption';
      contract: string;
      /** The ticket the work was logged on. */
      ticketRef: string;
      minutes: number;
      /** The local date of the work. */
      on: string;
    }
  | {
      kind: 'quote';
      contract: string;
      title: string;
      version: number;
      /** The total in the contract's currency, exact; each language writes it its own way. */
      total: Money;
      /** The last local day the version may be accepted. */
      validUntil: string;
    }
  | {
      kind: 'deliverable';
      contract: string;
      title: string;
      /** Which delivery of the deliverable is asked about (1 for the first). */
      delivery: number;
    };

/** Where a request stands: waiting, decided (through it or elsewhere), or withdrawn. */
export const approvalStatuses = ['pending', 'approved', 'rejected', 'closed'] as const;
/** One of {@link approvalStatuses}. */
export type ApprovalStatus = (typeof approvalStatuses)[number];

/** Through which door a decision came. */
export const approvalChannels = ['mail', 'link'] as const;
/** One of {@link approvalChannels}. */
export type ApprovalChannel = (typeof approvalChannels)[number];

/** What the decision on a request rests on: its state, and who it was sent to. */
export interface ApprovalFacts {
  readonly status: ApprovalStatus;
  /** Epoch ms after which it takes no decision; null when it never expires. */
  readonly expiresAt: number | null;
  /** The address of the person the request is bound to. */
  readonly approverEmail: string;
}

/** A reply's verdict: the decision to apply, or why nothing changes. */
export type ApprovalVerdict =
  | { readonly outcome: 'decide'; readonly reply: ApprovalReply }
  | { readonly outcome: 'refuse'; readonly reason: ApprovalRefusal };

/** Whether the request still takes a decision at `now`. */
export function isOpen(request: Pick<ApprovalFacts, 'status' | 'expiresAt'>, now: number): boolean {
  return request.status === 'pending' && (request.expiresAt === null || now < request.expiresAt);
}

/**
 * Judges a reply that reached the request through its token: the request must be open, the From
 * address the person's it was sent to, the mail vouched for that person's domain (DKIM or SPF
 * aligned, or a trusted relay), and the first word of the new text a decision.
 */
export function judgeApprovalReply(
  request: ApprovalFacts,
  reply: { readonly from: string | null; readonly auth: AuthVerdict; readonly text: string },
  now: number,
): ApprovalVerdict {
  if (!isOpen(request, now)) return refuse('approval_closed');
  const approver = normaliseAddress(request.approverEmail);
  if (reply.from === null || normaliseAddress(reply.from) !== approver) {
    return refuse('approval_wrong_person');
  }
  if (!vouchesFor(reply.auth, approver)) return refuse('approval_not_authenticated');
  const decision = parseApprovalReply(reply.text);
  return decision === null
    ? refuse('approval_no_decision')
    : { outcome: 'decide', reply: decision };
}

/** The text a one-time link signs: the request's token and the decision it carries. */
export function approvalLinkPayload(token: string, decision: ApprovalDecision): string {
  return `approval:${token}:${decision}`;
}

function refuse(reason: ApprovalRefusal): ApprovalVerdict {
  return { outcome: 'refuse', reason };
}
