import { tokenAddress } from '../../domain/mail/address.js';
import { consumptionAwaitingApproval, consumptionDecided } from '../hour-bank/index.js';
import type { User } from '../identity/index.js';
import { type EventHandler, onEvent } from '../outbox/index.js';
import type { RecordedEvent } from '../shared/index.js';
import { approvalLink, newLinkSecret } from './approval-link.js';
import { enqueueApprovalMail } from './approval-mail.js';
import type { ApprovalRecord, ApprovalSummary } from './approval-ports.js';
import type { MailDeps } from './ports.js';

/** How long an approval request takes a decision by mail: 14 days from its mail. */
export const approvalValidityMs = 14 * 24 * 60 * 60 * 1000;

/**
 * Asks one person for a decision by mail: stores the request bound to them (once per subject and
 * person) and queues, in the same transaction, the mail whose Reply-To carries its token and
 * whose two links approve or reject it.
 */
async function requestApproval(
  options: MailDeps,
  input: {
    event: RecordedEvent;
    person: User;
    subject: Pick<ApprovalRecord, 'subjectKind' | 'subjectId' | 'contractId'>;
    summary: ApprovalSummary;
  },
): Promise<void> {
  const { person } = input;
  const now = options.clock.now();
  const request: ApprovalRecord = {
    id: options.ids.newId(),
    ...input.subject,
    approverId: person.id,
    approverEmail: person.email,
    token: options.ids.newId().replaceAll('-', '').toLowerCase(),
    linkSecret: newLinkSecret(),
    status: 'pending',
    createdAt: now,
    expiresAt: new Date(now.getTime() + approvalValidityMs),
    decidedAt: null,
    decidedVia: null,
    decidedMessageId: null,
    reason: null,
  };
  const mailbox = options.settings.mailboxes[0] ?? '';
  await options.transact(async (tx) => {
    if (!(await tx.mailApprovals.create(request))) return;
    await enqueueApprovalMail(tx, options, {
      dedupeKey: `mail.approval-request:${input.event.id}:${person.id}`,
      to: person,
      notice: {
        kind: 'approval_request',
        name: person.name,
        summary: input.summary,
        approveLink: approvalLink(options.publicUrl, request, 'approved'),
        rejectLink: approvalLink(options.publicUrl, request, 'rejected'),
      },
      replyTo: tokenAddress(mailbox, request.token, 'a-'),
      inReplyTo: null,
    });
  });
}

/**
 * Approvals by mail in reaction to the hour bank's events: work awaiting approval is mailed to
 * each active decision-maker of the contract's client (seed 004's "Decisor"); once it is decided
 * (by mail, by link or in the app) the requests still pending are withdrawn.
 */
export function approvalHandlers(options: MailDeps): EventHandler[] {
  return [
    onEvent(consumptionAwaitingApproval, 'mail.approval-request', async (payload, event) => {
      const record = await options.desk.contracts.find(payload.contractId);
      if (!record) throw new Error(`the contract ${payload.contractId} is missing`);
      const people = await options.users.list([record.contract.clientId]);
      const summary: ApprovalSummary = {
        kind: 'consumption',
        contract: record.name,
        ticketRef: payload.ticketRef,
        minutes: payload.minutes,
        on: payload.on,
      };
      const subject = {
        subjectKind: 'consumption' as const,
        subjectId: payload.consumeId,
        contractId: payload.contractId,
      };
      for (const person of people) {
        if (!person.active || person.role !== 'client_decision_maker') continue;
        await requestApproval(options, { event, person, subject, summary });
      }
    }),
    onEvent(consumptionDecided, 'mail.approval-withdraw', async (payload) => {
      const requests = await options.mailApprovals.forSubject('consumption', payload.consumeId);
      const pending = requests.filter((request) => request.status === 'pending');
      if (pending.length === 0) return;
      const at = options.clock.now();
      await options.transact(async (tx) => {
        for (const request of pending) {
          const locked = await tx.mailApprovals.lock(request.id);
          if (locked?.status !== 'pending') continue;
          await tx.mailApprovals.settle(request.id, {
            status: 'closed',
            decidedAt: at,
            decidedVia: null,
            decidedMessageId: null,
            reason: null,
          });
        }
      });
    }),
  ];
}
