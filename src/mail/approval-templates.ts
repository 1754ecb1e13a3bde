/** Approvals by mail in the recipient's language: the request with its links, the answer to a refused reply. */
import type { ApprovalNotice, RenderedMail } from '../app/mail/index.js';
import {
  approvalSubjectLine,
  approvalSummaryText,
  mailBody as compose,
  type Locale,
  translate,
} from '../i18n/index.js';

/** An approval notice in the recipient's language. */
export function renderApprovalNotice(notice: ApprovalNotice, language: Locale): RenderedMail {
  if (notice.kind === 'approval_refused') {
    return compose(translate(language, 'mail.approval.refused.subject'), [
      translate(language, `mail.approval.refused.${notice.reason}`),
      translate(language, 'mail.approval.refused.nothingChanged'),
      notice.summary === null ? '' : approvalSummaryText(language, notice.summary),
    ]);
  }
  const { summary } = notice;
  const rejectLink =
    summary.kind === 'deliverable'
      ? 'mail.approval.request.rejectLink.deliverable'
      : 'mail.approval.request.rejectLink';
  return compose(approvalSubjectLine(language, summary), [
    translate(language, 'mail.approval.request.greeting', { name: notice.name }),
    approvalSummaryText(language, summary),
    translate(language, 'mail.approval.request.howToReply'),
    `${translate(language, 'mail.approval.request.approveLink', { link: notice.approveLink })}\n${translate(language, rejectLink, { link: notice.rejectLink })}`,
    translate(language, 'mail.approval.request.expiry'),
  ]);
}
