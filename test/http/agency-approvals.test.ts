/**
 * The client's answers to deliveries through the portal's API (seed 004 §2.4.1, §3.3), on the
 * Bogotá calendar: only the account's single decision-maker answers; asking for changes opens a
 * new round with each change as an item and a fresh 16-business-hour clock on re-delivery; an
 * approval closes the clock; every answer is audited; bad answers name the field.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/identity/roles.js';
import { bogotaSpec } from '../factories/agency.js';
import {
  bogotaWall as bog,
  callerAs,
  demoUserId,
  moveClockTo,
  signAgencyContract,
  tiendaSolPeople,
  bogotaUtc as utc,
} from '../support/agency.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('client answers to deliveries over HTTP (seed 004)', (database) => {
  let test: TestApp;
  let call: ReturnType<typeof callerAs>['call'];
  let forget: () => void;
  const moveTo = (wall: string) => {
    moveClockTo(test, bog(wall));
    forget();
  };
  const ok = async (role: Role, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await call(role, method, url, payload);
    expect(res.statusCode, res.payload).toBeLessThan(300);
    return res.json();
  };

  /** A contract on the agile plan from 2 March 2026 with `people`, and one delivered deliverable. */
  async function deliveredOn(people: object[], deliveredAt: string) {
    const contractId = await signAgencyContract(test, bogotaSpec);
    const base = `/api/agency/contracts/${contractId}`;
    await ok('account_manager', 'PUT', `${base}/setup`, { operationStart: '2026-03-02', people });
    const planned = await ok('agent', 'POST', `${base}/deliverables`, {
      title: 'Landing',
      sprintNumber: 1,
      ownerId: await demoUserId(test, 'account_manager'),
      due: bog('2026-03-27 17:00'),
    });
    const url = `${base}/deliverables/${planned.id}`;
    await ok('agent', 'POST', `${url}/start`);
    moveTo(deliveredAt);
    await ok('agent', 'POST', `${url}/delivery`);
    return { base, url, id: planned.id as string };
  }

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    ({ call, forget } = callerAs(test));
    moveTo('2026-03-16 08:00');
  });

  it('only the single decision-maker approves a deliverable', async () => {
    const people = await tiendaSolPeople(test);
    const decisionMaker = await demoUserId(test, 'client_decision_maker');
    const without = (role: string) =>
      people.map((p) => (p.personId === decisionMaker ? { ...p, role } : p));
    const lowAvailability = people.map((p) =>
      p.personId === decisionMaker ? { ...p, availabilityPercent: 10 } : p,
    );
    const cases = [
      [
        'the decision-maker role but a sponsor on this account',
        without('sponsor'),
        'no_decision_maker',
      ],
      [
        'a decision-maker with 10 % availability',
        lowAvailability,
        'decision_maker_availability_too_low',
      ],
    ] as const;
    let day = 16;
    for (const [label, accountPeople, reason] of cases) {
      const { url } = await deliveredOn([...accountPeople], `2026-03-${day++} 09:00`);
      for (const answer of [
        { kind: 'approved' },
        { kind: 'changes', items: [{ id: 'c1', text: 'Más corto' }] },
      ]) {
        const res = await call('client_decision_maker', 'POST', `${url}/answer`, answer);
        expect([label, res.statusCode, res.json().error]).toEqual([
          label,
          422,
          expect.objectContaining({
            code: 'rule_violation',
            rule: 'agency.rule.only_decision_maker_answers',
            params: { reason },
          }),
        ]);
      }
      // The client's other people never answer, whatever the account says.
      const requester = await call('client_requester', 'POST', `${url}/answer`, {
        kind: 'approved',
      });
      expect(requester.statusCode).toBe(403);
    }
    const { url } = await deliveredOn(people, '2026-03-19 09:00');
    const approved = await ok('client_decision_maker', 'POST', `${url}/answer`, {
      kind: 'approved',
    });
    expect(approved.state).toBe('approved');
  });

  it('asking for changes opens a new round, and the re-delivery starts a new 16-business-hour clock', async () => {
    moveTo('2026-03-20 09:00');
    const { base, url, id } = await deliveredOn(await tiendaSolPeople(test), '2026-03-20 10:00');
    const board = async () =>
      (await ok('client_decision_maker', 'GET', `${base}/board`)).deliverables.find(
        (d: { id: string }) => d.id === id,
      );
    // Fri 20 10:00 + 16 business hours: Fri 6 h, Mon 23 San José closed, Tue 8 h, Wed 2 h → Wed 25 10:00.
    const clock = (await board()).approval;
    expect(clock, JSON.stringify(clock)).toMatchObject({
      state: 'running',
      due: utc('2026-03-25 10:00'),
    });
    moveTo('2026-03-24 11:00');
    const first = await ok('client_decision_maker', 'POST', `${url}/answer`, {
      kind: 'changes',
      items: [
        { id: 'c1', text: 'El titular es demasiado largo' },
        { id: 'c2', text: 'Usar los colores de la marca' },
      ],
    });
    expect(first).toMatchObject({ state: 'changes_requested', round: 1 });
    expect(first.rounds).toEqual([
      expect.objectContaining({
        number: 1,
        items: [
          expect.objectContaining({ id: 'c1', text: 'El titular es demasiado largo' }),
          expect.objectContaining({ id: 'c2', text: 'Usar los colores de la marca' }),
        ],
      }),
    ]);
    expect(first.deliveries[0].answer).toMatchObject({ kind: 'changes', channel: 'portal' });
    // Answered in time: the first clock stops with the business hours it used.
    expect((await board()).approval).toMatchObject({
      state: 'answered_in_time',
      usedSeconds: 9 * 3600,
    });

    moveTo('2026-03-24 16:00');
    await ok('agent', 'POST', `${url}/delivery`);
    // Tue 24 16:00: Tue 2 h, Wed 8 h, Thu 08–12 and 14–16 (the lunch break does not count).
    expect((await board()).approval).toMatchObject({
      state: 'running',
      due: utc('2026-03-26 16:00'),
    });
    moveTo('2026-03-25 09:00');
    const second = await ok('client_decision_maker', 'POST', `${url}/answer`, {
      kind: 'changes',
      items: [{ id: 'c3', text: 'El titular aún es largo', followsUp: 'c1' }],
    });
    expect(second).toMatchObject({ state: 'changes_requested', round: 2 });
    expect(second.rounds).toHaveLength(2);
  });

  it('a bad answer names its field, and a deliverable not delivered cannot be answered', async () => {
    const { url } = await deliveredOn(await tiendaSolPeople(test), '2026-03-26 09:00');
    for (const [payload, path] of [
      [{ kind: 'changes', items: [] }, 'body.items'],
      [{ kind: 'changes', items: [{ id: 'c1', text: '   ' }] }, 'body.items.0.text'],
      [{ kind: 'maybe' }, 'body.kind'],
    ] as const) {
      const res = await call('client_decision_maker', 'POST', `${url}/answer`, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
    await ok('client_decision_maker', 'POST', `${url}/answer`, { kind: 'approved' });
    const again = await call('client_decision_maker', 'POST', `${url}/answer`, {
      kind: 'approved',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().error).toMatchObject({
      rule: 'agency.rule.wrong_state',
      params: expect.objectContaining({ state: 'approved' }),
    });
  });

  it('every answer is audited with the decision-maker who gave it', async () => {
    const rows = await test.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where(
        'action',
        '=',
        'POST /api/agency/contracts/:contractId/deliverables/:deliverableId/answer',
      )
      .where('outcome', '=', 200)
      .execute();
    const decisionMaker = await demoUserId(test, 'client_decision_maker');
    // Answers accepted above: one approval, two rounds of changes, one more approval.
    expect(rows).toHaveLength(4);
    expect(rows.every((row) => row.actor_user_id === decisionMaker)).toBe(true);
  });
});
