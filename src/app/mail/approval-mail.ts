/** The mail of approvals by mail: the request to the person asked, and the answer to a refused reply. */
import type { ApprovalNotice, ApprovalSummary } from './approval-ports.js';
import type { ApprovalSubjectRef } from './approval-subjects.js';
import type { MailDeps, MailTx } from './ports.js';
import { approvalSubjects } from './subjects.js';

/** Someone an approval mail is written to. */
export interface ApprovalAddressee {
  email: string;
  name: string;
  locale: 'es' | 'en';
}

/**
 * Queues one approval mail in `tx`, at most once per `dedupeKey`, automatic (robots must not
 * answer it) and sent at once; `replyTo` is the request's token address when an answer is wanted.
 */
export async function enqueueApprovalMail(
  tx: MailTx,
  options: Pick<MailDeps, 'clock' | 'ids' | 'settings' | 'renderApproval'>,
  input: {
    dedupeKey: string;
    to: ApprovalAddressee;
    notice: ApprovalNotice;
    replyTo: string | null;
    inReplyTo: string | null;
  },
): Promise<void> {
  const now = options.clock.now();
  await tx.outgoingMail.enqueue({
    id: options.ids.newId(),
    dedupeKey: input.dedupeKey,
    messageId: `${options.ids.newId()}@${options.settings.messageIdDomain}`,
    ticketId: null,
    ticket: null,
    toAddress: input.to.email,
    toName: input.to.name,
    language: input.to.locale,
    ...options.renderApproval(input.notice, input.to.locale),
    automatic: true,
    inReplyTo: input.inReplyTo,
    replyTo: input.replyTo,
    attachments: [],
    createdAt: now,
    sendAfter: now,
  });
}

/** What a request asks about, read from its subject (null when the subject is gone). */
export function summaryOf(
  options: MailDeps,
  request: ApprovalSubjectRef,
): Promise<ApprovalSummary | null> {
  return approvalSubjects[request.subjectKind].summary(options, request);
}
