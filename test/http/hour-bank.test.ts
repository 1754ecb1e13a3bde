import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';

describeEachEngine('the hour bank over HTTP', (database) => {
  let test: TestApp;
  let admin: { cookie: string };
  let agent: { cookie: string };
  let contractId: string;
  const url = (path: string) => `/api/contracts/${contractId}${path}`;
  const logWork = (payload: object) =>
    test.app.inject({ method: 'POST', url: url('/work'), headers: agent, payload });
  const balance = async () =>
    (await test.app.inject({ url: url('/balance'), headers: agent })).json();

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    ({ admin, contractId } = await signInfinity25(test));
    agent = { cookie: await test.cookieFor(demoUserByRole.agent) };
  });

  it('a new contract has its first month granted (Infinity 25: 25 h)', async () => {
    expect((await balance()).availableMinutes).toBe(25 * 60);
  });

  it('1-hour minimum per ticket, shown with the rule applied', async () => {
    const res = await logWork({
      ticketRef: 'T-1',
      kind: 'question',
      minutes: 20,
      firstContact: true,
    });
    expect(res.statusCode).toBe(201);
    const { charge } = res.json();
    expect(charge.minutes).toBe(60);
    expect(charge.reasons.map((r: { code: string }) => r.code)).toContain('minimum_per_ticket');
    expect((await balance()).availableMinutes).toBe(25 * 60 - 60);
  });

  it('consumption awaiting approval is not deducted until the decision-maker approves it', async () => {
    const before = (await balance()).availableMinutes;
    const res = await logWork({
      ticketRef: 'T-2',
      kind: 'evolutive',
      minutes: 120,
      firstContact: false,
    });
    expect(res.json().charge.approvalRequired).toBe(true);
    const pending = await balance();
    expect(pending.availableMinutes).toBe(before);
    expect(pending.pendingMinutes).toBe(120);
    const consumeId = res.json().entry.id;
    const requester = { cookie: await test.cookieFor(demoUserByRole.client_requester) };
    const byRequester = await test.app.inject({
      method: 'POST',
      url: url('/decisions'),
      headers: requester,
      payload: { consumeId, decision: 'approved' },
    });
    expect(byRequester.statusCode).toBe(403);
    const decider = { cookie: await test.cookieFor(demoUserByRole.client_decision_maker) };
    const approved = await test.app.inject({
      method: 'POST',
      url: url('/decisions'),
      headers: decider,
      payload: { consumeId, decision: 'approved' },
    });
    expect(approved.statusCode).toBe(201);
    expect((await balance()).availableMinutes).toBe(before - 120);
    const twice = await test.app.inject({
      method: 'POST',
      url: url('/decisions'),
      headers: decider,
      payload: { consumeId, decision: 'rejected' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('a rejection keeps its reason for the agent, the work log names who logged the work, and a too-short reason is refused naming the field', async () => {
    const res = await logWork({
      ticketRef: 'T-R',
      kind: 'evolutive',
      minutes: 90,
      note: 'Limpieza',
    });
    const consumeId = res.json().entry.id;
    const work = (await test.app.inject({ url: url('/work'), headers: agent })).json();
    const agentUser = await test.store.users.findByEmail(demoUserByRole.agent);
    expect(
      work.find((w: { ledgerEntryId: string }) => w.ledgerEntryId === consumeId),
    ).toMatchObject({ note: 'Limpieza', createdBy: agentUser?.id });
    const decider = { cookie: await test.cookieFor(demoUserByRole.client_decision_maker) };
    const decide = (reason: string) =>
      test.app.inject({
        method: 'POST',
        url: url('/decisions'),
        headers: decider,
        payload: { consumeId, decision: 'rejected', reason },
      });
    const short = await decide('no');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0].path).toBe('body.reason');
    expect((await decide('No la pedimos')).statusCode).toBe(201);
    const entries = (await test.app.inject({ url: url('/entries'), headers: agent })).json();
    expect(entries[0]).toMatchObject({
      type: 'approval',
      consumeId,
      decision: 'rejected',
      reason: 'No la pedimos',
    });
  });

  it('negative or absurd minutes are refused naming the field, and nothing is written', async () => {
    const entriesBefore = (await test.app.inject({ url: url('/entries'), headers: agent })).json()
      .length;
    for (const minutes of [-30, 0, 5000, 1.5]) {
      const res = await logWork({ ticketRef: 'T-3', kind: 'question', minutes });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].path).toBe('body.minutes');
    }
    expect((await test.app.inject({ url: url('/entries'), headers: agent })).json()).toHaveLength(
      entriesBefore,
    );
  });

  it('an overlapping temporary growth is a conflict and is not recorded', async () => {
    const growth = {
      kind: 'temporary_growth',
      from: '2026-04-01',
      extraMinutesPerPeriod: 600,
      periods: 2,
    };
    const first = await test.app.inject({
      method: 'POST',
      url: url('/amendments'),
      headers: admin,
      payload: growth,
    });
    expect(first.statusCode).toBe(201);
    const overlapping = await test.app.inject({
      method: 'POST',
      url: url('/amendments'),
      headers: admin,
      payload: { ...growth, from: '2026-05-01' },
    });
    expect(overlapping.statusCode).toBe(409);
    const malformed = await test.app.inject({
      method: 'POST',
      url: url('/amendments'),
      headers: admin,
      payload: { ...growth, periods: 0 },
    });
    expect(malformed.json().error.fields[0].path).toBe('body.periods');
    const contract = (await test.app.inject({ url: url(''), headers: admin })).json();
    expect(contract.amendments).toHaveLength(1);
  });

  it('a plan with a currency that does not exist is refused naming the field', async () => {
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: admin,
      payload: {
        name: 'Bad money',
        presetId: 'seed002-infinity-plus',
        params: {
          calendarId: 'x',
          includedMinutesPerPeriod: 600,
          price: { amount: '10', currency: 'XYZ' },
        },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toMatch(/^body\.plan\.price/);
  });

  it('closing a period expires, bills overage and grants the next; a closed period takes no entries', async () => {
    test.clock.advance(31 * 24 * 3600 * 1000); // 2026-04-02, sessions have expired
    admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin, true) };
    agent = { cookie: await test.cookieFor(demoUserByRole.agent, true) };
    const closed = await test.app.inject({
      method: 'POST',
      url: url('/close-periods'),
      headers: admin,
    });
    expect(closed.json().closed, closed.payload).toHaveLength(1);
    const again = await test.app.inject({
      method: 'POST',
      url: url('/close-periods'),
      headers: admin,
    });
    expect(again.json().closed).toEqual([]);
    const march = (
      await test.app.inject({ url: url('/statement?date=2026-03-15'), headers: admin })
    ).json();
    expect(march.closed).toBe(true);
    expect(march.consumed.total).toBe(180);
    const late = await logWork({
      ticketRef: 'T-9',
      kind: 'question',
      minutes: 30,
      firstContact: true,
      on: '2026-03-20',
    });
    expect(late.statusCode).toBe(409);
    const april = await balance();
    // March's 25 h − 3 h roll over one month; April grants 25 h + 10 h of growth
    expect(april.availableMinutes).toBe(25 * 60 - 180 + 25 * 60 + 600);
  });
});
