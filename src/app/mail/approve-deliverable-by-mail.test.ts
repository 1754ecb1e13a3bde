import { describe, expect, it } from 'vitest';
import { buildDeliverable } from '../../../test/factories/agency.js';
import { approvalApp } from '../../../test/fakes/mail-approvals.js';
import { testOrigin } from '../../../test/support/origin.js';
import { answerDelivery, deliverDeliverable, setUpAgency } from '../agency/index.js';

/** The approval app with an agency account whose deliverable was just delivered for approval. */
async function deliverableApp() {
  const app = await approvalApp();
  const { modules, seeded, contractId, store } = app;
  await setUpAgency({
    ...modules.agency,
    actor: seeded.actors.provider_admin,
    origin: testOrigin,
    contractId,
    setUp: {
      operationStart: '2026-03-02',
      sprintBusinessDays: 10,
      preferredTime: '09:00',
      paidMedia: false,
      people: [
        {
          personId: seeded.users.client_decision_maker.id,
          side: 'client',
          role: 'decision_maker',
          availabilityPercent: 50,
        },
        {
          personId: seeded.users.client_requester.id,
          side: 'client',
          role: 'sponsor',
          availabilityPercent: 10,
        },
        {
          personId: seeded.users.account_manager.id,
          side: 'agency',
          role: 'sponsor',
          availabilityPercent: 10,
        },
      ],
    },
  });
  const planned = buildDeliverable('landing', '2026-03-20T18:00');
  await store.transact((tx) =>
    tx.agency.saveDeliverables(contractId, [{ ...planned, state: 'in_progress' }]),
  );
  const deliver = async () => {
    await deliverDeliverable({
      ...modules.agency,
      actor: seeded.actors.agent,
      origin: testOrigin,
      contractId,
      deliverableId: 'landing',
    });
    await app.dispatch();
  };
  await deliver();
  const requests = (delivery: number) =>
    store.tables.mailApprovals.filter((r) => r.subjectId === `landing:${delivery}`);
  /** The request mailed about delivery `n` (the test fails without one). */
  const askedAbout = (delivery: number) => {
    const [asked] = requests(delivery);
    if (!asked) throw new Error(`no approval request about delivery ${delivery}`);
    return asked;
  };
  const mailbox = modules.mail.settings.mailboxes[0] ?? '';
  const addressOf = (delivery: number) =>
    mailbox.replace('@', `+a-${requests(delivery)[0]?.token}@`);
  const deliverable = async () =>
    (await modules.agency.agency.deliverables(contractId)).find((d) => d.id === 'landing');
  const answerInPortal = async () => {
    await answerDelivery({
      ...modules.agency,
      actor: seeded.actors.client_decision_maker,
      origin: testOrigin,
      contractId,
      deliverableId: 'landing',
      channel: 'portal',
      answer: { kind: 'approved' },
    });
    await app.dispatch();
  };
  return { ...app, requests, askedAbout, addressOf, deliverable, deliver, answerInPortal };
}

describe('approvals by mail: agency deliverables', () => {
  it("a delivered deliverable is mailed to the account's decision-maker", async () => {
    const app = await deliverableApp();
    expect(app.requests(1)[0]).toMatchObject({
      subjectKind: 'deliverable',
      approverId: app.seeded.users.client_decision_maker.id,
      status: 'pending',
    });
    const mail = app.store.tables.outgoingMail.find((m) => m.replyTo === app.addressOf(1));
    expect(mail?.subject).toContain('Entregable landing');
  });

  it('a deliverable is approved by replying APPROVED', async () => {
    const app = await deliverableApp();
    await app.reply({ to: app.addressOf(1), text: 'APPROVED', messageId: 'd-ok@x.example' });
    const deliverable = await app.deliverable();
    expect(deliverable?.state).toBe('approved');
    expect(deliverable?.deliveries.at(-1)?.answer).toMatchObject({ channel: 'email' });
  });

  it("a deliverable's changes are asked by replying RECHAZADO with the reason", async () => {
    const app = await deliverableApp();
    const text = 'RECHAZADO: el titular debe ir en azul';
    await app.reply({ to: app.addressOf(1), text, messageId: 'd-no@x.example' });
    const deliverable = await app.deliverable();
    expect(deliverable?.state).toBe('changes_requested');
    expect(deliverable?.rounds.at(-1)?.items.map((i) => i.text)).toEqual([
      'el titular debe ir en azul',
    ]);
  });

  it('a deliverable rejected by mail without a reason changes nothing and asks for the changes', async () => {
    const app = await deliverableApp();
    const id = await app.reply({
      to: app.addressOf(1),
      text: 'RECHAZADO',
      messageId: 'd@x.example',
    });
    expect((await app.deliverable())?.state).toBe('delivered');
    expect(app.store.tables.mailMessages.find((m) => m.id === id)).toMatchObject({
      fate: 'quarantined',
      reason: 'approval_reason_required',
    });
  });

  it('changes to a deliverable are asked through its one-time link with the reason written on the page; without one nothing changes', async () => {
    const app = await deliverableApp();
    const request = app.askedAbout(1);
    expect(await app.link.open(request, 'rejected')).toMatchObject({
      state: 'open',
      kind: 'deliverable',
    });
    expect(await app.link.use(request, 'rejected', '   ')).toMatchObject({
      state: 'open',
      refused: 'approval_reason_required',
    });
    expect((await app.deliverable())?.state).toBe('delivered');
    const used = await app.link.use(request, 'rejected', 'el logo más grande');
    expect(used).toMatchObject({ state: 'rejected', kind: 'deliverable', refused: null });
    const deliverable = await app.deliverable();
    expect(deliverable?.state).toBe('changes_requested');
    expect(deliverable?.rounds.map((r) => r.items.map((i) => i.text))).toEqual([
      ['el logo más grande'],
    ]);
    expect(deliverable?.deliveries.at(-1)?.answer).toMatchObject({ channel: 'email' });
  });

  it('a deliverable answered in the portal withdraws its approval mail: a later reply is answered as decided, and its link changes nothing', async () => {
    const app = await deliverableApp();
    const request = app.askedAbout(1);
    await app.answerInPortal();
    expect(app.requests(1)[0]?.status).toBe('closed');
    const text = 'RECHAZADO: otro color';
    const id = await app.reply({ to: app.addressOf(1), text, messageId: 'd-late@x.example' });
    expect(app.store.tables.mailMessages.find((m) => m.id === id)).toMatchObject({
      fate: 'quarantined',
      reason: 'approval_closed',
    });
    expect(app.store.tables.outgoingMail.at(-1)?.text).toContain(
      'Esta aprobación ya estaba decidida, fue retirada o venció.',
    );
    expect(await app.link.use(request, 'rejected', 'otro color')).toMatchObject({
      state: 'closed',
      kind: 'deliverable',
    });
    const deliverable = await app.deliverable();
    expect(deliverable?.state).toBe('approved');
    expect(deliverable?.deliveries.at(-1)?.answer).toMatchObject({ channel: 'portal' });
  });
});
