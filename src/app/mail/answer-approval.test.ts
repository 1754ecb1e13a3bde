import { describe, expect, it } from 'vitest';
import { alignedAuth, approvalApp } from '../../../test/fakes/mail-approvals.js';
import { testOrigin } from '../../../test/support/origin.js';
import { uncheckedAuth } from '../../domain/mail/auth.js';
import { appendToLedger } from '../hour-bank/index.js';
import { processMail } from './process-mail.js';

const quotedHistory = [
  'El lun, 2 mar 2026 a las 9:00, Soporte <soporte@pacta.localhost> escribió:',
  '> RECHAZADO sería la otra respuesta',
].join('\n');

async function fateOf(app: Awaited<ReturnType<typeof approvalApp>>, id: string) {
  return app.store.tables.mailMessages.find((m) => m.id === id);
}

const mailsTo = (app: Awaited<ReturnType<typeof approvalApp>>, address: string) =>
  app.store.tables.outgoingMail.filter((m) => m.toAddress === address);

describe('approvals by mail: the decision-maker approves or rejects by replying', () => {
  it('work awaiting approval is mailed to the decision-maker with the token in Reply-To and two one-time links', async () => {
    const app = await approvalApp();
    const [mail] = mailsTo(app, 'decisor@tiendasol.example');
    expect(mail).toMatchObject({
      replyTo: `soporte+a-${app.request.token}@pacta.localhost`,
      automatic: true,
      ticketId: null,
    });
    expect(mail?.text).toContain('1 h 30 min');
    expect(mail?.text).toMatch(
      new RegExp(`/approvals/${app.request.token}/approved\\?sig=[\\w-]{43}`),
    );
    expect(mail?.text).toMatch(/\/approvals\/\w+\/rejected\?sig=/);
    expect(app.request).toMatchObject({
      subjectKind: 'consumption',
      subjectId: app.consumeId,
      approverId: app.seeded.users.client_decision_maker.id,
      status: 'pending',
    });
    await app.dispatch();
    expect(app.store.tables.mailApprovals).toHaveLength(1);
  });

  it('the first non-quoted word APROBADO approves: the ledger decides it, the fate is approval, the audit names the Message-ID', async () => {
    const app = await approvalApp();
    const id = await app.reply({
      text: `aprobado\n\n${quotedHistory}`,
      messageId: 'ok-1@tiendasol.example',
    });
    expect(await fateOf(app, id)).toMatchObject({ fate: 'approval', reason: null });
    expect(app.decisions().map((d) => d.entry)).toMatchObject([
      { type: 'approval', consumeId: app.consumeId, decision: 'approved' },
    ]);
    expect(app.store.tables.mailApprovals[0]).toMatchObject({
      status: 'approved',
      decidedVia: 'mail',
      decidedMessageId: 'ok-1@tiendasol.example',
    });
    const audited = app.store.tables.audit.filter((a) => a.via === 'mail');
    expect(audited.map((a) => a.resourceType).toSorted()).toEqual(['contracts', 'mail_approvals']);
    for (const entry of audited) {
      expect(entry).toMatchObject({
        action: `mail ${id} <ok-1@tiendasol.example>`,
        actorUserId: app.seeded.users.client_decision_maker.id,
      });
    }
  });

  it('REJECTED with a reason rejects and keeps the reason; SPF alignment is enough', async () => {
    const app = await approvalApp();
    await app.reply({
      text: 'Rejected: the task was in scope\n\nOn Mon, 2 Mar 2026, Soporte wrote:\n> APPROVED?',
      messageId: 'no-1@tiendasol.example',
      auth: { ...alignedAuth, dkimAligned: false, spfAligned: true },
    });
    expect(app.decisions().map((d) => d.entry)).toMatchObject([
      { decision: 'rejected', reason: 'the task was in scope' },
    ]);
    expect(app.store.tables.mailApprovals[0]?.reason).toBe('the task was in scope');
  });

  it('a reply through a trusted relay is accepted without DKIM or SPF', async () => {
    const app = await approvalApp();
    const id = await app.reply({
      text: 'APPROVED',
      messageId: 'relay-1@tiendasol.example',
      auth: { ...uncheckedAuth, viaTrustedRelay: true },
    });
    expect((await fateOf(app, id))?.fate).toBe('approval');
  });
});

describe('approvals by mail: anything else changes nothing and is answered with the reason', () => {
  it.each([
    [
      'wrong person: the token was forwarded to a colleague',
      { from: 'solicitante@tiendasol.example' },
      'approval_wrong_person',
      'solicitante@tiendasol.example',
    ],
    [
      'forged: From says the decision-maker, but neither DKIM nor SPF is aligned',
      { auth: uncheckedAuth },
      'approval_not_authenticated',
      'decisor@tiendasol.example',
    ],
    [
      'unknown word: the first word decides nothing',
      { text: 'Lo reviso mañana y aprobado quizás' },
      'approval_no_decision',
      'decisor@tiendasol.example',
    ],
  ] as const)('%s', async (_rule, reply, reason, answered) => {
    const app = await approvalApp();
    const id = await app.reply({ text: 'APROBADO', messageId: `x-${reason}@t.example`, ...reply });
    expect(await fateOf(app, id)).toMatchObject({ fate: 'quarantined', reason });
    expect(app.decisions()).toEqual([]);
    expect(app.store.tables.mailApprovals[0]?.status).toBe('pending');
    const [answer] = mailsTo(app, answered).filter((m) => m.dedupeKey.includes(id));
    expect(answer?.subject).toBe('Su respuesta de aprobación no fue aceptada');
    expect(answer?.inReplyTo).toBe(`x-${reason}@t.example`);
    const mayRetry = reason !== 'approval_wrong_person';
    expect(answer?.replyTo?.includes(app.request.token) ?? false).toBe(mayRetry);
  });

  it('already decided: deciding twice is idempotent, and the second reply is answered so', async () => {
    const app = await approvalApp();
    const first = await app.reply({ text: 'APROBADO', messageId: 'twice-1@tiendasol.example' });
    const again = await app.reply({ text: 'RECHAZADO', messageId: 'twice-2@tiendasol.example' });
    expect(await fateOf(app, again)).toMatchObject({
      fate: 'quarantined',
      reason: 'approval_closed',
    });
    expect(app.decisions()).toHaveLength(1);
    expect(app.decisions()[0]?.entry).toMatchObject({ decision: 'approved' });
    const outgoing = app.store.tables.outgoingMail.length;
    expect(await processMail({ ...app.mail, mailId: first })).toBeNull();
    expect(app.decisions()).toHaveLength(1);
    expect(app.store.tables.outgoingMail).toHaveLength(outgoing);
  });

  it('a decision taken in the app withdraws the mailed request; a later reply is answered as already decided', async () => {
    const app = await approvalApp();
    await appendToLedger({
      ...app.modules.hourBank,
      actor: app.seeded.actors.client_decision_maker,
      origin: testOrigin,
      contractId: app.contractId,
      entry: { type: 'approval', consumeId: app.consumeId, decision: 'approved' },
    });
    await app.dispatch();
    expect(app.store.tables.mailApprovals[0]?.status).toBe('closed');
    const id = await app.reply({ text: 'RECHAZADO', messageId: 'late-1@tiendasol.example' });
    expect((await fateOf(app, id))?.reason).toBe('approval_closed');
    expect(app.decisions()).toHaveLength(1);
  });

  it('an expired request decides nothing', async () => {
    const app = await approvalApp();
    app.clock.advance(15 * 24 * 60 * 60 * 1000);
    const id = await app.reply({ text: 'APROBADO', messageId: 'old-1@tiendasol.example' });
    expect((await fateOf(app, id))?.reason).toBe('approval_closed');
    expect(app.decisions()).toEqual([]);
  });
});
