import { describe, expect, it } from 'vitest';
import { approvalApp } from '../../../test/fakes/mail-approvals.js';
import { testOrigin } from '../../../test/support/origin.js';
import { contractVersionAt } from '../../domain/contracts/index.js';
import { createQuote, reviseQuote, sendQuote, withdrawQuote } from '../quotes/index.js';

/** The approval app with a quote drafted and sent (version 1) to the client's decision-maker. */
async function quoteApp() {
  const app = await approvalApp();
  const { modules, seeded, contractId } = app;
  const currency = contractVersionAt(seeded.contract.contract, '2026-03-02').plan.price.currency;
  const content = (title: string) => ({
    title,
    lines: [{ kind: 'fixed', description: 'Set-up', amount: { amount: '1200', currency } }],
    validUntil: '2026-03-31',
    terms: '',
  });
  const request = { ...modules.quotes, actor: seeded.actors.account_manager, origin: testOrigin };
  const quote = await createQuote({
    ...request,
    contractId,
    quoteOrigin: { kind: 'standalone' },
    content: content('Lead scoring'),
  });
  await sendQuote({ ...request, contractId, quoteId: quote.id });
  await app.dispatch();
  const mailbox = modules.mail.settings.mailboxes[0] ?? '';
  const requests = (version: number) =>
    app.store.tables.mailApprovals.filter((r) => r.subjectId === `${quote.id}:${version}`);
  /** The request mailed about version `n` (the test fails without one). */
  const askedAbout = (version: number) => {
    const [asked] = requests(version);
    if (!asked) throw new Error(`no approval request about version ${version}`);
    return asked;
  };
  const addressOf = (version: number) => mailbox.replace('@', `+a-${requests(version)[0]?.token}@`);
  const current = async () => (await modules.quotes.quotes.find(quote.id))?.versions.at(-1);
  const revise = async () => {
    await reviseQuote({ ...request, contractId, quoteId: quote.id, content: content('v2') });
    await sendQuote({ ...request, contractId, quoteId: quote.id });
    await app.dispatch();
  };
  const withdraw = async () => {
    await withdrawQuote({
      ...request,
      contractId,
      quoteId: quote.id,
      reason: 'el cliente desistió',
    });
    await app.dispatch();
  };
  return { ...app, quote, requests, askedAbout, addressOf, current, revise, withdraw };
}

describe('approvals by mail: quotes', () => {
  it("a sent quote version is mailed to the client's decision-maker with its total and validity", async () => {
    const app = await quoteApp();
    const [request] = app.requests(1);
    expect(request).toMatchObject({ subjectKind: 'quote', status: 'pending' });
    const mail = app.store.tables.outgoingMail.find((m) => m.replyTo === app.addressOf(1));
    expect(mail?.subject).toContain('Lead scoring');
    expect(mail?.text).toContain(': UF 1.200,0000, válida hasta el 31 de marzo de 2026');
  });

  it('a quote is approved by replying APROBADO', async () => {
    const app = await quoteApp();
    await app.reply({
      to: app.addressOf(1),
      text: 'APROBADO',
      messageId: 'q-ok@tiendasol.example',
    });
    expect((await app.current())?.state).toBe('approved');
    expect(app.requests(1)[0]).toMatchObject({
      status: 'approved',
      decidedMessageId: 'q-ok@tiendasol.example',
    });
  });

  it('a quote is rejected by replying RECHAZADO with the reason kept', async () => {
    const app = await quoteApp();
    const text = 'RECHAZADO: el presupuesto no alcanza';
    await app.reply({ to: app.addressOf(1), text, messageId: 'q-no@tiendasol.example' });
    const quote = await app.modules.quotes.quotes.find(app.quote.id);
    expect(quote?.versions.at(-1)?.state).toBe('rejected');
    expect(quote?.history.at(-1)?.reason).toBe('el presupuesto no alcanza');
  });

  it('a reply to an old quote version changes nothing', async () => {
    const app = await quoteApp();
    const oldAddress = app.addressOf(1);
    await app.revise();
    expect(app.requests(1)[0]?.status).toBe('closed');
    expect(app.requests(2)[0]?.status).toBe('pending');
    const id = await app.reply({ to: oldAddress, text: 'APROBADO', messageId: 'q-old@x.example' });
    expect((await app.current())?.state).toBe('sent');
    expect(app.store.tables.mailMessages.find((m) => m.id === id)).toMatchObject({
      fate: 'quarantined',
      reason: 'approval_closed',
    });
  });

  it('a quote withdrawn by the provider withdraws its approval mail: a later reply is answered as withdrawn, and its link changes nothing', async () => {
    const app = await quoteApp();
    const request = app.askedAbout(1);
    await app.withdraw();
    expect(app.requests(1)[0]?.status).toBe('closed');
    const id = await app.reply({
      to: app.addressOf(1),
      text: 'APROBADO',
      messageId: 'q-w@x.example',
    });
    expect(app.store.tables.mailMessages.find((m) => m.id === id)).toMatchObject({
      fate: 'quarantined',
      reason: 'approval_closed',
    });
    const answer = app.store.tables.outgoingMail.at(-1);
    expect(answer?.subject).toBe('Su respuesta de aprobación no fue aceptada');
    expect(answer?.text).toContain('Esta aprobación ya estaba decidida, fue retirada o venció.');
    expect(await app.link.open(request, 'approved')).toMatchObject({
      state: 'closed',
      kind: 'quote',
    });
    expect(await app.link.use(request, 'approved')).toMatchObject({ state: 'closed' });
    expect((await app.current())?.state).toBe('withdrawn');
  });

  it('a quote is rejected through its one-time link with the reason written on the page', async () => {
    const app = await quoteApp();
    const request = app.askedAbout(1);
    expect(await app.link.open(request, 'rejected')).toMatchObject({
      state: 'open',
      kind: 'quote',
    });
    const used = await app.link.use(request, 'rejected', '  fuera de presupuesto ');
    expect(used).toMatchObject({ state: 'rejected', kind: 'quote', refused: null });
    const quote = await app.modules.quotes.quotes.find(app.quote.id);
    expect(quote?.versions.at(-1)?.state).toBe('rejected');
    expect(quote?.history.at(-1)?.reason).toBe('fuera de presupuesto');
    expect(app.requests(1)[0]).toMatchObject({
      decidedVia: 'link',
      reason: 'fuera de presupuesto',
    });
  });
});
