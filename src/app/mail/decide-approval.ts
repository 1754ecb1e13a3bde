import { DomainError } from '../../domain/errors.js';
import { type ApprovalChannel, isOpen } from '../../domain/mail/approval-request.js';
import type { ApprovalRefusal } from '../../domain/mail/fate.js';
import { actorFor } from '../identity/index.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { ApprovalChoice, ApprovalRecord } from './approval-ports.js';
import { ApprovalRefused } from './approval-subjects.js';
import type { MailDeps, MailTx } from './ports.js';
import { approvalSubjects } from './subjects.js';

/** What deciding a request came to: the decision applied, or why nothing changed. */
export type ApprovalOutcome =
  | { readonly outcome: 'decided'; readonly choice: ApprovalChoice }
  | { readonly outcome: 'refused'; readonly reason: ApprovalRefusal };

/** The request was decided (or withdrawn) since it was read: the work is rolled back. */
class ApprovalClosed extends Error {
  override readonly name = 'ApprovalClosed';
}

/**
 * Applies a decision to an approval request, as its person, through its subject's own use-case
 * (so the role and reach are checked again): the subject's change, the request's settlement (the
 * other people asked are released), an audit entry naming the door and the message, and
 * `alsoInTx` (the message's fate) commit together. A request decided in the meantime, a subject
 * decided elsewhere, or a person who lost the right to decide changes nothing and says why.
 */
export async function decideApproval(
  options: MailDeps & {
    request: ApprovalRecord;
    choice: ApprovalChoice;
    via: ApprovalChannel;
    origin: Origin;
    messageId: string | null;
    alsoInTx?: (tx: MailTx) => Promise<void>;
  },
): Promise<ApprovalOutcome> {
  const { request, choice } = options;
  const approver = await options.users.findById(request.approverId);
  if (!approver?.active) return { outcome: 'refused', reason: 'approval_wrong_person' };
  const actor = await actorFor(options, approver);
  const now = options.clock.now();
  const siblings = await options.mailApprovals.forSubject(request.subjectKind, request.subjectId);
  const transact: MailDeps['transact'] = (work) =>
    options.transact(async (tx) => {
      const locked = await tx.mailApprovals.lock(request.id);
      if (!locked || !isOpen({ ...locked, expiresAt: time(locked.expiresAt) }, now.getTime())) {
        throw new ApprovalClosed(request.id);
      }
      const result = await work(tx);
      for (const other of siblings) {
        const status = other.id === request.id ? choice.decision : 'closed';
        if (other.id !== request.id && other.status !== 'pending') continue;
        await tx.mailApprovals.settle(other.id, {
          status,
          decidedAt: now,
          decidedVia: other.id === request.id ? options.via : null,
          decidedMessageId: other.id === request.id ? options.messageId : null,
          reason: other.id === request.id ? choice.reason : null,
        });
      }
      await recordChange(tx, {
        origin: options.origin,
        actor,
        at: now,
        resourceType: 'mail_approvals',
        resourceId: request.id,
      });
      await options.alsoInTx?.(tx);
      return result;
    });
  try {
    const subject = approvalSubjects[request.subjectKind];
    await subject.decide(options, { actor, origin: options.origin, request, choice }, transact);
    return { outcome: 'decided', choice };
  } catch (error) {
    if (error instanceof ApprovalClosed) return { outcome: 'refused', reason: 'approval_closed' };
    if (error instanceof ApprovalRefused) return { outcome: 'refused', reason: error.reason };
    if (!(error instanceof DomainError)) throw error;
    if (error.code === 'forbidden' || error.code === 'not_found') {
      return { outcome: 'refused', reason: 'approval_wrong_person' };
    }
    // a superseded version, an answered delivery, a round the subject's rules refuse
    if (['invalid_input', 'conflict', 'rule_violation'].includes(error.code)) {
      return { outcome: 'refused', reason: 'approval_closed' };
    }
    throw error;
  }
}

function time(date: Date | null): number | null {
  return date === null ? null : date.getTime();
}
