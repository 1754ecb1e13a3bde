import { DomainError } from '../../domain/errors.js';
import type { ApprovalDecision } from '../../domain/mail/approval.js';
import { type ApprovalSubjectKind, isOpen } from '../../domain/mail/approval-request.js';
import type { ApprovalRefusal } from '../../domain/mail/fate.js';
import type { Origin } from '../shared/index.js';
import { isLinkSignature } from './approval-link.js';
import { summaryOf } from './approval-mail.js';
import type { ApprovalRecord, ApprovalSummary } from './approval-ports.js';
import { decideApproval } from './decide-approval.js';
import type { MailDeps } from './ports.js';

/** A one-time link as it arrives: the request's token, the decision it carries, its signature. */
export interface ApprovalLinkInput {
  token: string;
  decision: ApprovalDecision;
  signature: string;
}

/** Where a link's request stands, what it is about, and (after a refused use) why nothing changed. */
export interface ApprovalLinkView {
  state: 'open' | 'approved' | 'rejected' | 'closed' | 'expired';
  /** What kind of thing is decided: the page words it for that kind. */
  kind: ApprovalSubjectKind;
  decision: ApprovalDecision;
  summary: ApprovalSummary | null;
  refused: ApprovalRefusal | null;
}

function stateOf(request: ApprovalRecord, now: Date): ApprovalLinkView['state'] {
  if (request.status !== 'pending') return request.status;
  const expiresAt = request.expiresAt?.getTime() ?? null;
  return isOpen({ status: request.status, expiresAt }, now.getTime()) ? 'open' : 'expired';
}

/** The request a link names, when its signature is right; a wrong link reads as a missing one. */
async function requestOfLink(options: MailDeps, link: ApprovalLinkInput): Promise<ApprovalRecord> {
  const request = await options.mailApprovals.byToken(link.token);
  if (!request || !isLinkSignature(request, link.decision, link.signature)) {
    throw new DomainError('not_found', 'no such approval link');
  }
  return request;
}

/** What a link's confirmation page shows (GET changes nothing). */
export async function readApprovalLink(
  options: MailDeps & { link: ApprovalLinkInput },
): Promise<ApprovalLinkView> {
  const request = await requestOfLink(options, options.link);
  return {
    state: stateOf(request, options.clock.now()),
    kind: request.subjectKind,
    decision: options.link.decision,
    summary: await summaryOf(options, request),
    refused: null,
  };
}

/**
 * Decides a request through its signed link, once: an open request takes the link's decision as
 * its person would by mail, with the reason written on the page (a deliverable's changes need
 * one); a decided, withdrawn or expired one changes nothing and says where it stands, so using a
 * link twice answers the same.
 */
export async function decideByLink(
  options: MailDeps & { link: ApprovalLinkInput; origin: Origin; reason: string | null },
): Promise<ApprovalLinkView> {
  const { link } = options;
  const request = await requestOfLink(options, link);
  const summary = await summaryOf(options, request);
  const state = stateOf(request, options.clock.now());
  const seen = { kind: request.subjectKind, decision: link.decision, summary };
  if (state !== 'open') return { ...seen, state, refused: null };
  const reason = options.reason?.trim() || null;
  const outcome = await decideApproval({
    ...options,
    request,
    choice: { decision: link.decision, reason: link.decision === 'rejected' ? reason : null },
    via: 'link',
    messageId: null,
  });
  if (outcome.outcome === 'decided') return { ...seen, state: link.decision, refused: null };
  const now = await options.mailApprovals.byToken(link.token);
  return {
    ...seen,
    state: now ? stateOf(now, options.clock.now()) : 'closed',
    refused: outcome.reason,
  };
}
