/**
 * Two things the agency records around a sprint, through the API on a Bogotá calendar: the
 * minutes of a ceremony (written by the agency's staff once it has begun, read by everyone on
 * the board), and an activity declined as out of scope, which becomes a draft quote at the
 * plan's hourly rate that the account manager sends and the decision-maker decides.
 */
import { beforeAll, expect, it } from 'vitest';
import { dispatchEvents } from '../../src/app/outbox/index.js';
import { draftIntakeQuote } from '../../src/app/quotes/index.js';
import { bogotaSpec } from '../factories/agency.js';
import {
  bogotaWall as bog,
  callerAs,
  demoUserId,
  moveClockTo,
  signAgencyContract,
  tiendaSolPeople,
} from '../support/agency.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('agency minutes and out-of-scope quotes over HTTP (seed 004)', (database) => {
  let test: TestApp;
  let base: string;
  let contractId: string;
  let call: ReturnType<typeof callerAs>['call'];
  let forget: () => void;

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    ({ call, forget } = callerAs(test));
    contractId = await signAgencyContract(test, bogotaSpec);
    base = `/api/agency/contracts/${contractId}`;
    const res = await call('account_manager', 'PUT', `${base}/setup`, {
      operationStart: '2026-03-02',
      people: await tiendaSolPeople(test),
    });
    expect(res.statusCode, res.payload).toBe(200);
    moveClockTo(test, bog('2026-03-17 10:30'));
    forget(); // sessions opened two weeks ago have expired
  });

  it('the minutes of a ceremony say who wrote them and when, who attended, and are read by the client', async () => {
    const minutes = {
      summary: 'Objetivos del sprint 1 acordados',
      decisions: ['La landing de la feria va primero'],
      attended: [
        await demoUserId(test, 'account_manager'),
        await demoUserId(test, 'client_decision_maker'),
      ],
    };
    for (const [role, key, status, rule] of [
      ['client_decision_maker', 'sprint-1/refinement', 403, undefined],
      ['account_manager', 'sprint-1/review', 422, 'agency.rule.wrong_state'], // not begun
      ['account_manager', 'sprint-9/nothing', 404, undefined],
    ] as const) {
      const res = await call(role, 'POST', `${base}/ceremonies/minutes`, { key, ...minutes });
      expect([key, res.statusCode, res.json().error?.rule]).toEqual([key, status, rule]);
    }
    const held = await call('account_manager', 'POST', `${base}/ceremonies/minutes`, {
      key: 'sprint-1/refinement',
      ...minutes,
    });
    expect(held.statusCode, held.payload).toBe(200);
    const board = await call('client_requester', 'GET', `${base}/board`);
    const refinement = board
      .json()
      .ceremonies.find((c: { key: string }) => c.key === 'sprint-1/refinement');
    expect(refinement).toMatchObject({
      status: 'held',
      minutes: {
        ...minutes,
        recordedBy: minutes.attended[0],
        recordedAt: new Date(bog('2026-03-17 10:30')).toISOString(),
        absentRequired: [],
      },
    });
    const again = await call('account_manager', 'POST', `${base}/ceremonies/minutes`, {
      key: 'sprint-1/refinement',
      ...minutes,
    });
    expect(again.json().error?.rule).toBe('agency.rule.ceremony_closed');
  });

  it('an out-of-scope activity becomes a quote for the decision-maker', async () => {
    const activity = await call('client_decision_maker', 'POST', `${base}/activities`, {
      title: 'Landing de Black Friday',
    });
    const itemId = activity.json().id;
    const declined = await call('agent', 'POST', `${base}/activities/${itemId}/decision`, {
      choice: { kind: 'out_of_scope', reason: 'Desarrollo web a medida', estimatedMinutes: 750 },
    });
    expect(declined.statusCode, declined.payload).toBe(200);
    // Twice: a retried event drafts nothing more.
    for (let i = 0; i < 2; i++) {
      await dispatchEvents({
        ...test.modules.outbox,
        handlers: [draftIntakeQuote(test.modules.quotes)],
      });
    }
    const quotes = `/api/quotes/contracts/${contractId}/quotes`;
    const listed = (await call('account_manager', 'GET', quotes)).json().items;
    expect(listed).toHaveLength(1);
    const [quote] = listed;
    expect(quote).toMatchObject({
      origin: { kind: 'intake', itemId },
      state: 'draft',
      version: 1,
      history: [{ action: 'drafted', on: '2026-03-17', by: await demoUserId(test, 'agent') }],
    });
    // 12 h 30 min at COP 150 000 an hour.
    expect(quote.versions[0]).toMatchObject({
      title: 'Landing de Black Friday',
      terms: 'Desarrollo web a medida',
      validUntil: '2026-04-16',
      lines: [
        {
          kind: 'hours',
          minutes: 750,
          ratePerHour: { amount: '150000.00', currency: 'COP' },
          amount: { amount: '1875000.00', currency: 'COP' },
        },
      ],
    });
    const sent = await call('account_manager', 'POST', `${quotes}/${quote.id}/send`);
    expect(sent.statusCode, sent.payload).toBe(200);
    const decided = await call('client_decision_maker', 'POST', `${quotes}/${quote.id}/decision`, {
      version: 1,
      decision: 'approved',
    });
    expect(decided.statusCode, decided.payload).toBe(200);
    expect(decided.json().quote.state).toBe('approved');
  });
});
