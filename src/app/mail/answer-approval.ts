import { tokenAddress, tokenInAddress } from '../../domain/mail/address.js';
import { judgeApprovalReply } from '../../domain/mail/approval-request.js';
import type { AuthVerdict } from '../../domain/mail/auth.js';
import type { ApprovalRefusal, Fate } from '../../domain/mail/fate.js';
import type { User } from '../identity/index.js';
import { mailOrigin } from '../shared/index.js';
import { enqueueApprovalMail, summaryOf } from './approval-mail.js';
import type { ApprovalRecord } from './approval-ports.js';
import { decideApproval } from './decide-approval.js';
import type { MailDeps, ReadMail } from './ports.js';
import { newWords, type Readout, saveFate } from './settle-mail.js';

/** The approval request a message is written to (`soporte+a-<token>@…`), if any. */
async function requestOf(options: MailDeps, read: ReadMail): Promise<ApprovalRecord | undefined> {
  for (const address of read.inbound.recipients) {
    const token = tokenInAddress(address, options.settings.mailboxes, 'a-');
    const request = token === null ? undefined : await options.mailApprovals.byToken(token);
    if (request) return request;
  }
  return undefined;
}

/**
 * Answers a reply to an approval mail: when its token is bound to a request, it is from the
 * person asked, vouched for their domain (DKIM or SPF aligned, or a trusted relay), the request
 * is still open and the first word of the new text decides, the decision is applied with the
 * message as its audited origin (fate `approval`). Anything else changes nothing: the message
 * waits in quarantine with the reason, and its sender gets a mail back saying why. Null when
 * the message names no request: it goes on as any other mail.
 */
export async function answerApprovalReply(
  options: MailDeps,
  input: { readout: Readout; read: ReadMail; auth: AuthVerdict; sender: User | undefined },
): Promise<Fate | null> {
  const { readout, read } = input;
  const request = await requestOf(options, read);
  if (!request) return null;
  const now = options.clock.now().getTime();
  const facts = { ...request, expiresAt: request.expiresAt?.getTime() ?? null };
  const reply = { from: read.inbound.from, auth: input.auth, text: newWords(read) };
  const verdict = judgeApprovalReply(facts, reply, now);
  let reason: ApprovalRefusal;
  if (verdict.outcome === 'decide') {
    const fate: Fate = { fate: 'approval' };
    const { messageId } = readout.stored;
    const outcome = await decideApproval({
      ...options,
      request,
      choice: { decision: verdict.reply.decision, reason: verdict.reply.reason },
      via: 'mail',
      origin: mailOrigin(readout.stored.id, messageId),
      messageId: messageId === '' ? null : messageId,
      alsoInTx: (tx) => saveFate(tx, options, readout, fate),
    });
    if (outcome.outcome === 'decided') return fate;
    reason = outcome.reason;
  } else {
    reason = verdict.reason;
  }
  return refuseReply(options, { ...input, request, reason });
}

/** Quarantines a refused reply and, in the same transaction, tells its sender why. */
async function refuseReply(
  options: MailDeps,
  input: {
    readout: Readout;
    read: ReadMail;
    sender: User | undefined;
    request: ApprovalRecord;
    reason: ApprovalRefusal;
  },
): Promise<Fate> {
  const { readout, request, reason } = input;
  const fate: Fate = { fate: 'quarantined', reason };
  const from = input.read.inbound.from;
  const summary = await summaryOf(options, request);
  const askAgain = reason !== 'approval_closed' && reason !== 'approval_wrong_person';
  const mailbox = options.settings.mailboxes[0] ?? '';
  await options.transact(async (tx) => {
    await saveFate(tx, options, readout, fate);
    if (from === null) return;
    await enqueueApprovalMail(tx, options, {
      dedupeKey: `mail.approval-refused:${readout.stored.id}`,
      to: { email: from, name: input.sender?.name ?? '', locale: input.sender?.locale ?? 'es' },
      notice: { kind: 'approval_refused', reason, summary },
      replyTo: askAgain ? tokenAddress(mailbox, request.token, 'a-') : null,
      inReplyTo: readout.stored.messageId === '' ? null : readout.stored.messageId,
    });
  });
  return fate;
}
