import { tokenAddress } from '../../domain/mail/address.js';
import type { ApprovalSubjectKind } from '../../domain/mail/approval-request.js';
import { decisionMakerOf, deliverableDelivered, deliveryAnswered } from '../agency/index.js';
import { consumptionAwaitingApproval, consumptionDecided } from '../hour-bank/index.js';
import type { User } from '../identity/index.js';
import { type EventHandler, onEvent } from '../outbox/index.js';
import { quoteDecided, quoteRevised, quoteSent, quoteWithdrawn } from '../quotes/index.js';
import type { RecordedEvent } from '../shared/index.js';
import { approvalLink, newLinkSecret } from './approval-link.js';
import { enqueueApprovalMail, summaryOf } from './approval-mail.js';
import type { ApprovalRecord } from './approval-ports.js';
import { type ApprovalSubjectRef, versionedSubjectId } from './approval-subjects.js';
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
  input: { event: RecordedEvent; person: User; subject: ApprovalSubjectRef },
): Promise<void> {
  const { person } = input;
  const summary = await summaryOf(options, input.subject);
  if (summary === null) return;
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
        summary,
        approveLink: approvalLink(options.publicUrl, request, 'approved'),
        rejectLink: approvalLink(options.publicUrl, request, 'rejected'),
      },
      replyTo: tokenAddress(mailbox, request.token, 'a-'),
      inReplyTo: null,
    });
  });
}

/** The active decision-makers of the contract's client (seed 004's "Decisor"). */
async function clientDecisionMakers(options: MailDeps, contractId: string): Promise<User[]> {
  const record = await options.desk.contracts.find(contractId);
  if (!record) throw new Error(`the contract ${contractId} is missing`);
  const people = await options.users.list([record.contract.clientId]);
  return people.filter((person) => person.active && person.role === 'client_decision_maker');
}

/** The agency account's single decision-maker (§2.4), when it has one who may sign in. */
async function accountDecisionMaker(options: MailDeps, contractId: string): Promise<User[]> {
  const account = await options.agency.agency.findAccount(contractId);
  const check = account === undefined ? undefined : decisionMakerOf(account);
  if (!check?.ok) return [];
  const person = await options.users.findById(check.decisionMaker);
  return person?.active ? [person] : [];
}

/** Asks each of `people` about the subject. */
async function askAll(
  options: MailDeps,
  event: RecordedEvent,
  subject: ApprovalSubjectRef,
  people: readonly User[],
): Promise<void> {
  for (const person of people) await requestApproval(options, { event, person, subject });
}

/** Withdraws the requests about a subject still pending: it was decided or superseded elsewhere. */
async function withdrawPending(
  options: MailDeps,
  kind: ApprovalSubjectKind,
  subjectId: string,
): Promise<void> {
  const requests = await options.mailApprovals.forSubject(kind, subjectId);
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
}

/**
 * Approvals by mail in reaction to the modules' events: work awaiting approval and a sent quote
 * version are mailed to the client's decision-makers, a delivered deliverable to the agency
 * account's decision-maker; once a subject is decided elsewhere (the portal, the web), withdrawn,
 * superseded by a revision or re-delivered, the requests still pending about it are withdrawn.
 */
export function approvalHandlers(options: MailDeps): EventHandler[] {
  const quote = (quoteId: string, version: number) => versionedSubjectId(quoteId, version);
  return [
    onEvent(consumptionAwaitingApproval, 'mail.approval-request', async (payload, event) => {
      const { consumeId, contractId } = payload;
      const subject = { subjectKind: 'consumption' as const, subjectId: consumeId, contractId };
      await askAll(options, event, subject, await clientDecisionMakers(options, contractId));
    }),
    onEvent(consumptionDecided, 'mail.approval-withdraw', (payload) =>
      withdrawPending(options, 'consumption', payload.consumeId),
    ),
    onEvent(quoteSent, 'mail.approval-request-quote', async (payload, event) => {
      const { contractId } = payload;
      const subjectId = quote(payload.quoteId, payload.version);
      const subject = { subjectKind: 'quote' as const, subjectId, contractId };
      await askAll(options, event, subject, await clientDecisionMakers(options, contractId));
    }),
    onEvent(quoteRevised, 'mail.approval-withdraw-quote', (payload) =>
      withdrawPending(options, 'quote', quote(payload.quoteId, payload.supersededVersion)),
    ),
    onEvent(quoteDecided, 'mail.approval-withdraw-decided-quote', (payload) =>
      withdrawPending(options, 'quote', quote(payload.quoteId, payload.version)),
    ),
    onEvent(quoteWithdrawn, 'mail.approval-withdraw-withdrawn-quote', (payload) =>
      withdrawPending(options, 'quote', quote(payload.quoteId, payload.version)),
    ),
    onEvent(deliveryAnswered, 'mail.approval-withdraw-answered-deliverable', (payload) =>
      withdrawPending(
        options,
        'deliverable',
        versionedSubjectId(payload.deliverableId, payload.delivery),
      ),
    ),
    onEvent(deliverableDelivered, 'mail.approval-request-deliverable', async (payload, event) => {
      const id = payload.deliverableId;
      await withdrawPending(options, 'deliverable', versionedSubjectId(id, payload.delivery - 1));
      const { contractId } = payload;
      const subjectId = versionedSubjectId(id, payload.delivery);
      const subject = { subjectKind: 'deliverable' as const, subjectId, contractId };
      await askAll(options, event, subject, await accountDecisionMaker(options, contractId));
    }),
  ];
}
