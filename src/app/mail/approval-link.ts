/**
 * The one-time links of an approval mail: each carries the request's token and one decision,
 * signed with the request's own secret (HMAC-SHA256), so a link cannot be turned into the other
 * decision or into another request's. Single use: the first decision closes the request.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ApprovalDecision } from '../../domain/mail/approval.js';
import { approvalLinkPayload } from '../../domain/mail/approval-request.js';
import type { ApprovalRecord } from './approval-ports.js';

/** A fresh secret to sign a request's links with (256 bits). */
export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The signature a link to `decision` on the request carries. */
export function linkSignature(
  request: Pick<ApprovalRecord, 'token' | 'linkSecret'>,
  decision: ApprovalDecision,
): string {
  return createHmac('sha256', request.linkSecret)
    .update(approvalLinkPayload(request.token, decision))
    .digest('base64url');
}

/** The link that decides the request one way: `<public url>/approvals/<token>/<decision>?sig=…`. */
export function approvalLink(
  publicUrl: string,
  request: Pick<ApprovalRecord, 'token' | 'linkSecret'>,
  decision: ApprovalDecision,
): string {
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}/approvals/${request.token}/${decision}?sig=${linkSignature(request, decision)}`;
}

/** Whether `signature` is the request's signature for `decision` (compared in constant time). */
export function isLinkSignature(
  request: Pick<ApprovalRecord, 'token' | 'linkSecret'>,
  decision: ApprovalDecision,
  signature: string,
): boolean {
  const expected = Buffer.from(linkSignature(request, decision));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
