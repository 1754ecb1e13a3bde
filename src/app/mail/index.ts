/**
 * The mail module's public surface: received mail stored raw and processed to its fate
 * (ticket, reply, approval, quarantine, ignored), the quarantine's review, the notices sent by
 * mail through the outbox, approvals by mail (replies and one-time links), and the sender of
 * queued mail.
 */
export { acceptMail, messageIdOf } from './accept-mail.js';
export { approvalLink } from './approval-link.js';
export type {
  ApprovalNotice,
  ApprovalRecord,
  ApprovalRenderer,
  ApprovalRepository,
  ApprovalSettlement,
  ApprovalSummary,
} from './approval-ports.js';
export {
  createMailbox,
  listMailboxes,
  removeMailbox,
  updateMailbox,
} from './configure-mailbox.js';
export {
  type ApprovalLinkInput,
  type ApprovalLinkView,
  decideByLink,
  readApprovalLink,
} from './decide-by-link.js';
export { mailRefused, mailReturned } from './events.js';
export type {
  AfterAccept,
  MailboxConnection,
  MailboxInput,
  MailboxReader,
  MailboxRecord,
  MailboxRepository,
  MailboxWatchHandle,
  MailboxWatchHooks,
  SecretBox,
} from './mailbox-ports.js';
export { mailNoticeHandlers } from './notify-by-mail.js';
export { pollMailboxes, probeMailbox } from './poll-mailboxes.js';
export type {
  AttachmentFile,
  AttachmentRef,
  AttachmentRenderer,
  DocumentRef,
  MailAttachment,
  MailAttachmentMeta,
  MailDeps,
  MailDirectory,
  MailFilter,
  MailMessageRepository,
  MailReaders,
  MailSettings,
  MailSummary,
  MailThreadRepository,
  MailTransport,
  MailTx,
  Notice,
  NoticeRenderer,
  OutgoingFile,
  OutgoingRecord,
  OutgoingRepository,
  OutgoingStatus,
  ReadMail,
  ReceivedEnvelope,
  RenderedMail,
  ReportMailRenderer,
  ReportNotice,
  StoredMail,
} from './ports.js';
export { outgoingStatuses } from './ports.js';
export { processMail } from './process-mail.js';
export type { PendingReport } from './process-pending-mail.js';
export {
  mailPassSize,
  maxProcessingAttempts,
  processPendingMail,
} from './process-pending-mail.js';
export {
  listOutgoingMail,
  listReceivedMail,
  readMailAttachment,
  readRawMail,
} from './read-mail.js';
export { approvalValidityMs } from './request-approval.js';
export { discardQuarantinedMail, releaseQuarantinedMail } from './review-quarantine.js';
export { maxSendAttempts, type SendReport, sendQueuedMail } from './send-queued-mail.js';
export { mailData } from './stored-data.js';
export { type MailboxWatcher, type WatcherOptions, watchMailboxes } from './watch-mailboxes.js';
