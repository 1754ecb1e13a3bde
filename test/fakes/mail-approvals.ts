/**
 * Approvals by mail over the in-memory store: the seeded installation with work awaiting the
 * decision-maker's approval, its approval mail queued, and replies fed through the real parser
 * with the authentication verdict a test chooses.
 */

import { logWork } from '../../src/app/hour-bank/index.js';
import { linkSignature } from '../../src/app/mail/approval-link.js';
import {
  type ApprovalRecord,
  acceptMail,
  decideByLink,
  mailNoticeHandlers,
  processMail,
  readApprovalLink,
} from '../../src/app/mail/index.js';
import { dispatchEvents } from '../../src/app/outbox/index.js';
import type { ApprovalDecision } from '../../src/domain/mail/approval.js';
import { type AuthVerdict, uncheckedAuth } from '../../src/domain/mail/auth.js';
import { parseMail } from '../../src/mail/parse.js';
import { composeModules, defaultMailEdges } from '../../src/main/compose.js';
import { buildWorkInput } from '../factories/hour-bank.js';
import { testOrigin } from '../support/origin.js';
import { TestClock } from './clock.js';
import { sequentialIds } from './ids.js';
import { seedInstallation } from './seed.js';
import { fakeStore } from './store.js';

/** DKIM aligned for the decision-maker's domain. */
export const alignedAuth: AuthVerdict = {
  ...uncheckedAuth,
  fromDomain: 'tiendasol.example',
  dkimAligned: true,
};

/** A reply as a test writes it. */
export interface TestReply {
  from?: string;
  to?: string;
  text: string;
  messageId: string;
  auth?: AuthVerdict;
}

/** A seeded Pacta whose decision-maker has been asked, by mail, to approve 90 minutes of work. */
export async function approvalApp() {
  const store = fakeStore();
  const clock = new TestClock();
  const ids = sequentialIds();
  let auth = alignedAuth;
  const edges = defaultMailEdges();
  const modules = composeModules(store, clock, ids, {
    ...edges,
    readers: { parse: parseMail, authenticate: async () => auth },
  });
  const seeded = await seedInstallation(store);
  const contractId = seeded.contract.contract.id;
  const logged = await logWork({
    ...modules.hourBank,
    actor: seeded.actors.agent,
    origin: testOrigin,
    contractId,
    work: buildWorkInput({ minutes: 90, firstContact: false }),
  });
  const mail = modules.mail;
  const handlers = mailNoticeHandlers(mail);
  const dispatch = () => dispatchEvents({ ...modules.outbox, handlers });
  await dispatch();
  const [request] = store.tables.mailApprovals;
  if (!request) throw new Error('no approval request was made');
  const mailbox = mail.settings.mailboxes[0] ?? '';
  const replyAddress = mailbox.replace('@', `+a-${request.token}@`);
  /** Accepts and processes a reply; resolves with its stored id. */
  async function reply(message: TestReply): Promise<string> {
    auth = message.auth ?? alignedAuth;
    const raw = Buffer.from(
      [
        `From: ${message.from ?? seeded.users.client_decision_maker.email}`,
        `To: ${message.to ?? replyAddress}`,
        'Subject: Re: Aprobación solicitada',
        `Message-ID: <${message.messageId}>`,
        'Date: Mon, 2 Mar 2026 10:00:00 -0300',
        'Content-Type: text/plain; charset=utf-8',
        '',
        message.text,
        '',
      ].join('\r\n'),
    );
    const envelope = { source: 'smtp' as const, rcptTo: [message.to ?? replyAddress] };
    const { id } = await acceptMail({ ...mail, raw, envelope });
    await processMail({ ...mail, mailId: id });
    return id;
  }
  /** A request's one-time link for `decision`, as its mail carries it. */
  const linkOf = (approval: ApprovalRecord, decision: ApprovalDecision) => ({
    token: approval.token,
    decision,
    signature: linkSignature(approval, decision),
  });
  /** Opens a request's link page (GET), or uses it (POST) with the reason written there. */
  const link = {
    open: (approval: ApprovalRecord, decision: ApprovalDecision) =>
      readApprovalLink({ ...mail, link: linkOf(approval, decision) }),
    use: (approval: ApprovalRecord, decision: ApprovalDecision, reason: string | null = null) =>
      decideByLink({ ...mail, link: linkOf(approval, decision), origin: testOrigin, reason }),
  };
  const decisions = () =>
    store.tables.ledger.filter((e) => e.contractId === contractId && e.entry.type === 'approval');
  return {
    store,
    clock,
    modules,
    seeded,
    mail,
    contractId,
    consumeId: logged.entry?.id ?? '',
    request,
    dispatch,
    reply,
    link,
    decisions,
  };
}
