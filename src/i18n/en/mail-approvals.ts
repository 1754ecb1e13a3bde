/** English words of approvals by mail: the request, the answer to a refused reply, the link's page. */

/** English approval-by-mail messages; the keys of every language. */
export const mailApprovals = {
  'mail.approval.duration': '{hours} h {minutes} min',
  'mail.approval.consumption':
    '{duration} of work on ticket {ticket} ({date}), contract {contract}, awaiting your approval before it is deducted from the hour bank.',
  'mail.approval.quote':
    'Quote "{title}", version {version}, contract {contract}: {total}, valid until {validUntil}, awaiting your approval.',
  'mail.approval.deliverable':
    'Deliverable "{title}" (delivery {delivery}), contract {contract}, awaiting your approval. Replying REJECTED asks for changes: write them after the word.',
  'mail.approval.request.subject': 'Approval requested: {duration} on ticket {ticket}',
  'mail.approval.request.subject.quote': 'Approval requested: quote "{title}" (version {version})',
  'mail.approval.request.subject.deliverable': 'Approval requested: deliverable "{title}"',
  'mail.approval.request.greeting': 'Hello {name},',
  'mail.approval.request.howToReply':
    'To decide, reply to this message with APPROVED or REJECTED as the first word (a reason may follow), or use one of these links once:',
  'mail.approval.request.approveLink': 'Approve: {link}',
  'mail.approval.request.rejectLink': 'Reject: {link}',
  'mail.approval.request.rejectLink.deliverable': 'Ask for changes: {link}',
  'mail.approval.request.expiry':
    'The reply and the links are valid for 14 days, and only for you: a reply from another address is not accepted.',
  'mail.approval.refused.subject': 'Your approval reply was not accepted',
  'mail.approval.refused.nothingChanged': 'Nothing was decided.',
  'mail.approval.refused.approval_closed':
    'This approval had already been decided, withdrawn, or has expired.',
  'mail.approval.refused.approval_wrong_person':
    'The reply comes from an address other than the one of the person asked to decide, or that person may no longer decide.',
  'mail.approval.refused.approval_not_authenticated':
    'Your mail could not be verified as coming from your domain (neither DKIM nor SPF passed). Reply again from your usual mail account.',
  'mail.approval.refused.approval_no_decision':
    'The reply does not begin with APPROVED or REJECTED. Reply again with one of them as the first word.',
  'mail.approval.refused.approval_reason_required':
    'To ask for changes to a deliverable, write them after REJECTED, in the same reply.',
  'mail.approval.page.title': 'Approval by link',
  'mail.approval.page.confirm.consumption.approved': 'Approve this work?',
  'mail.approval.page.confirm.consumption.rejected': 'Reject this work?',
  'mail.approval.page.confirm.quote.approved': 'Approve this quote?',
  'mail.approval.page.confirm.quote.rejected': 'Reject this quote?',
  'mail.approval.page.confirm.deliverable.approved': 'Approve this deliverable?',
  'mail.approval.page.confirm.deliverable.rejected': 'Ask for changes to this deliverable?',
  'mail.approval.page.button.consumption.approved': 'Approve the work',
  'mail.approval.page.button.consumption.rejected': 'Reject the work',
  'mail.approval.page.button.quote.approved': 'Approve the quote',
  'mail.approval.page.button.quote.rejected': 'Reject the quote',
  'mail.approval.page.button.deliverable.approved': 'Approve the deliverable',
  'mail.approval.page.button.deliverable.rejected': 'Ask for changes',
  'mail.approval.page.reason.consumption': 'Why do you reject it? (optional)',
  'mail.approval.page.reason.quote': 'Why do you reject it? (optional)',
  'mail.approval.page.reason.deliverable': 'What should change? (required)',
  'mail.approval.page.state.consumption.approved': 'The work is approved.',
  'mail.approval.page.state.consumption.rejected': 'The work is rejected.',
  'mail.approval.page.state.quote.approved': 'The quote is approved.',
  'mail.approval.page.state.quote.rejected': 'The quote is rejected.',
  'mail.approval.page.state.deliverable.approved': 'The deliverable is approved.',
  'mail.approval.page.state.deliverable.rejected':
    'Changes to the deliverable were requested; the agency was told.',
  'mail.approval.page.state.closed': 'This approval was withdrawn or decided otherwise.',
  'mail.approval.page.state.expired': 'This link has expired.',
  'mail.approval.page.notFound': 'This approval link is not valid.',
} as const;
