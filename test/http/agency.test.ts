/**
 * Seed 004's agency operation through the public API, on a Bogotá calendar (Mon–Fri 08–12 and
 * 14–18, Colombian holidays: San José on Monday 23 March 2026, Holy Thursday and Good Friday on
 * 2–3 April). One account lives through March 2026: its sprints and ceremonies, the intake, three
 * deliverables with dependencies, two rounds of changes and a late approval, a missing input,
 * the month's evaluation and two impasses.
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

describeEachEngine('agency operation over HTTP (seed 004)', (database) => {
  let test: TestApp;
  let contractId: string;
  let base: string;
  const ids: Record<string, string> = {};
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
  const board = (month?: string) =>
    ok('client_decision_maker', 'GET', `${base}/board${month ? `?month=${month}` : ''}`);
  const deliverable = async (id: string | undefined) =>
    (await board()).deliverables.find((d: { id: string }) => d.id === id);

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    ({ call, forget } = callerAs(test));
    contractId = await signAgencyContract(test, bogotaSpec);
    base = `/api/agency/contracts/${contractId}`;
    const setUp = await ok('account_manager', 'PUT', `${base}/setup`, {
      operationStart: '2026-03-02',
      people: await tiendaSolPeople(test),
    });
    expect(setUp.inputs.map((line: { key: string }) => line.key)).not.toContain('ad_campaigns');
    for (const role of ['account_manager', 'client_decision_maker'] as const) {
      ids[role] = await demoUserId(test, role);
    }
  });

  it('a sprint with holidays is shorter in business days but keeps its two-week rhythm', async () => {
    moveTo('2026-03-17 09:00');
    const { currentSprint, nextSprint, decisionMaker } = await board();
    expect(decisionMaker).toEqual({ ok: true, decisionMaker: ids.client_decision_maker });
    expect(currentSprint).toMatchObject({
      number: 1,
      startDate: '2026-03-16',
      endDate: '2026-03-29',
      closedDays: ['2026-03-23'],
    });
    expect(currentSprint.businessDays).toHaveLength(9);
    expect(nextSprint).toMatchObject({
      number: 2,
      startDate: '2026-03-30',
      endDate: '2026-04-12',
      closedDays: ['2026-04-02', '2026-04-03'],
    });
    expect(nextSprint.businessDays).toHaveLength(8);
  });

  it('ceremonies are scheduled inside service hours: moment zero, refinement in week one, review on the last business day', async () => {
    const { ceremonies } = await board();
    const at = (key: string) => ceremonies.find((c: { key: string }) => c.key === key);
    expect(at('moment-zero/kickoff')).toMatchObject({ start: utc('2026-03-02 09:00') });
    expect(at('sprint-1/refinement')).toMatchObject({ start: utc('2026-03-16 09:00') });
    expect(at('sprint-1/review')).toMatchObject({ start: utc('2026-03-27 09:00') });
    // Sprint 2's last business day is Friday 10 April; its first Monday is the 30th of March.
    expect(at('sprint-2/review')).toMatchObject({ start: utc('2026-04-10 09:00') });
    const monthly = ceremonies.find((c: { kind: string }) => c.kind === 'monthly_report');
    expect(Date.parse(monthly.end) - Date.parse(monthly.start)).toBe(90 * 60_000);
    expect(monthly.attendees).toContainEqual(
      expect.objectContaining({ side: 'client', role: 'sponsor', required: true }),
    );
  });

  it('a ceremony moves by agreement inside service hours only, recording who and why', async () => {
    const lunch = await call('client_decision_maker', 'POST', `${base}/ceremonies/move`, {
      key: 'sprint-1/review',
      start: bog('2026-03-27 12:30'),
      reason: 'almuerzo',
    });
    expect(lunch.statusCode).toBe(422);
    const moved = await ok('client_decision_maker', 'POST', `${base}/ceremonies/move`, {
      key: 'sprint-1/review',
      start: bog('2026-03-26 15:00'),
      reason: 'El patrocinador viaja el viernes',
    });
    expect(moved).toMatchObject({ start: utc('2026-03-26 15:00'), sequence: 1 });
    expect(moved.moves).toEqual([
      expect.objectContaining({
        from: utc('2026-03-27 09:00'),
        movedBy: ids.client_decision_maker,
        reason: 'El patrocinador viaja el viernes',
      }),
    ]);
  });

  it("activities reach the agency only through the client's decision-maker, and are accepted or declined with a reason", async () => {
    moveTo('2026-03-17 10:00');
    const suggested = await ok('client_requester', 'POST', `${base}/activities`, {
      title: 'Landing de la feria',
    });
    expect(suggested.channelledBy).toBeNull();
    const early = await call('agent', 'POST', `${base}/activities/${suggested.id}/decision`, {
      choice: { kind: 'backlog' },
    });
    expect([early.statusCode, early.json().error.code]).toEqual([422, 'rule_violation']);
    await ok('client_decision_maker', 'POST', `${base}/activities/${suggested.id}/channel`);
    const accepted = await ok('agent', 'POST', `${base}/activities/${suggested.id}/decision`, {
      choice: { kind: 'sprint', sprintNumber: 1 },
    });
    expect(accepted.decision.choice).toEqual({ kind: 'sprint', sprintNumber: 1 });

    const own = await ok('client_decision_maker', 'POST', `${base}/activities`, {
      title: 'Rediseño completo del sitio',
    });
    expect(own.channelledBy).toBe(ids.client_decision_maker);
    const noReason = await call('agent', 'POST', `${base}/activities/${own.id}/decision`, {
      choice: { kind: 'out_of_scope', reason: ' ', estimatedMinutes: 600 },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe('body.choice.reason');
    const declined = await ok('agent', 'POST', `${base}/activities/${own.id}/decision`, {
      choice: {
        kind: 'out_of_scope',
        reason: 'Fuera del alcance contratado',
        estimatedMinutes: 600,
      },
    });
    expect(declined.decision.choice.kind).toBe('out_of_scope');
    const quotes = await test.database.db
      .selectFrom('outbox_events')
      .select('payload')
      .where('type', '=', 'agency.quote_requested')
      .execute();
    expect(quotes.map((row) => (row.payload as { activityId: string }).activityId)).toEqual([
      own.id,
    ]);
  });

  it('a deliverable is not started while one it depends on is not approved; unknown dependencies are refused', async () => {
    moveTo('2026-03-18 09:00');
    const plan = (title: string, due: string, extra: object = {}) =>
      ok('agent', 'POST', `${base}/deliverables`, {
        title,
        sprintNumber: 1,
        ownerId: ids.account_manager,
        due: bog(due),
        ...extra,
      });
    ids.a = (await plan('Buyer persona', '2026-03-20 17:00')).id;
    ids.b = (await plan('Plan de contenidos', '2026-03-27 17:00', { dependsOn: [ids.a] })).id;
    ids.c = (await plan('Blog posts', '2026-03-31 17:00', { needsInputs: ['content_sources'] })).id;
    const unknown = await call('agent', 'POST', `${base}/deliverables`, {
      title: 'X',
      sprintNumber: 1,
      ownerId: ids.account_manager,
      due: bog('2026-03-27 17:00'),
      dependsOn: ['nope'],
    });
    expect(unknown.statusCode).toBe(422);
    const blocked = await call('agent', 'POST', `${base}/deliverables/${ids.b}/start`);
    expect(blocked.statusCode).toBe(422);
    await ok('agent', 'POST', `${base}/deliverables/${ids.a}/start`);
  });

  it('the client answers within 16 business hours of delivery, counted on the calendar across a holiday', async () => {
    moveTo('2026-03-19 17:00');
    const delivered = await ok('agent', 'POST', `${base}/deliverables/${ids.a}/delivery`);
    // Thu 17–18 (1 h), Fri 8 h, Mon 23 is San José, Tue 08–12 and 14–17 (7 h): Tue 17:00.
    expect(delivered.deliveries[0].approvalDue).toBe(utc('2026-03-24 17:00'));
    const onBoard = await deliverable(ids.a);
    expect(onBoard.approval).toMatchObject({ state: 'running', due: utc('2026-03-24 17:00') });
  });

  it('a second revision round may not add new change requests: new items are flagged; a third needs agreement', async () => {
    moveTo('2026-03-20 10:00');
    const first = await ok(
      'client_decision_maker',
      'POST',
      `${base}/deliverables/${ids.a}/answer`,
      {
        kind: 'changes',
        items: [{ id: 'c1', text: 'Cambiar el tono' }],
      },
    );
    expect(first).toMatchObject({ state: 'changes_requested', round: 1 });
    moveTo('2026-03-20 16:00');
    await ok('agent', 'POST', `${base}/deliverables/${ids.a}/delivery`);
    moveTo('2026-03-24 09:00');
    const second = await ok(
      'client_decision_maker',
      'POST',
      `${base}/deliverables/${ids.a}/answer`,
      {
        kind: 'changes',
        items: [
          { id: 'c2', text: 'Ajustar el tono del segundo párrafo', followsUp: 'c1' },
          { id: 'c3', text: 'Agregar una persona nueva' },
        ],
      },
    );
    expect(second.rounds[1].items).toEqual([
      expect.objectContaining({ id: 'c2', newInLaterRound: false }),
      expect.objectContaining({ id: 'c3', newInLaterRound: true }),
    ]);
    // The agency re-delivers past its due date (Fri 20 17:00): its own delay, moving nothing.
    moveTo('2026-03-24 15:00');
    await ok('agent', 'POST', `${base}/deliverables/${ids.a}/delivery`);
    expect((await deliverable(ids.b)).due).toBe(utc('2026-03-27 17:00'));
    const third = await call(
      'client_decision_maker',
      'POST',
      `${base}/deliverables/${ids.a}/answer`,
      {
        kind: 'changes',
        items: [{ id: 'c4', text: 'Otra vuelta', followsUp: 'c2' }],
      },
    );
    expect(third.statusCode).toBe(422);
    expect(third.json().error).toMatchObject({
      rule: 'agency.rule.third_round_needs_agreement',
      params: { round: 3, includedRounds: 2 },
      fields: [expect.objectContaining({ path: 'body.agreement' })],
    });
    const requester = await call(
      'client_requester',
      'POST',
      `${base}/deliverables/${ids.a}/answer`,
      {
        kind: 'approved',
      },
    );
    expect(requester.statusCode).toBe(403);
  });

  it('a missing input suspends the work that needs it; provided, its dates move by the business time it lasted', async () => {
    moveTo('2026-03-25 09:00');
    await ok('agent', 'PUT', `${base}/inputs/content_sources`, { missing: true });
    const suspended = await call('agent', 'POST', `${base}/deliverables/${ids.c}/start`);
    expect(suspended.statusCode).toBe(422);
    moveTo('2026-03-26 09:00');
    const inputs = await ok('agent', 'PUT', `${base}/inputs/content_sources`, { missing: false });
    expect(inputs.find((line: { key: string }) => line.key === 'content_sources')).toMatchObject({
      missingSince: null,
      suspensions: [{ since: utc('2026-03-25 09:00'), until: utc('2026-03-26 09:00') }],
    });
    // Wed 09–12, 14–18 and Thu 08–09: 8 business hours; Tue 31 17:00 + 8 h = Wed 1 April 17:00.
    const moved = await deliverable(ids.c);
    expect(moved.due).toBe(utc('2026-04-01 17:00'));
    expect(moved.shifts[0]).toMatchObject({ businessSeconds: 8 * 3600 });
  });

  it('a late client approval shifts the dependent deliverables by the delay in business hours', async () => {
    // Delivered Tue 24 15:00, due Thu 26 15:00; approved Fri 27 10:00: 3 h + 2 h late.
    moveTo('2026-03-27 10:00');
    const approved = await ok(
      'client_decision_maker',
      'POST',
      `${base}/deliverables/${ids.a}/answer`,
      {
        kind: 'approved',
      },
    );
    expect(approved.state).toBe('approved');
    // Fri 27 17:00 + 5 business hours: 17–18 and Mon 30 08–12.
    const b = await deliverable(ids.b);
    expect(b.due).toBe(utc('2026-03-30 12:00'));
    expect(b.shifts).toEqual([
      expect.objectContaining({
        from: utc('2026-03-27 17:00'),
        to: utc('2026-03-30 12:00'),
        businessSeconds: 5 * 3600,
        cause: expect.objectContaining({ kind: 'late_client_answer', deliverableId: ids.a }),
      }),
    ]);
    await ok('agent', 'POST', `${base}/deliverables/${ids.b}/start`);
  });

  it("the month's evaluation raises a possible impasse with the facts behind it: missed times of each side, inputs not under control", async () => {
    const { evaluation, rounds } = await board('2026-03');
    expect(evaluation.possibleImpasse).toBe(true);
    expect(evaluation.triggers).toEqual([
      // Agency: 6 business hours late on Tue 24; client: 5 hours late on Fri 27.
      { rule: 'missed_delivery_times', params: { agency: 1, client: 1 }, factCount: 2 },
      { rule: 'inputs_not_under_control', params: { count: 1 }, factCount: 1 },
    ]);
    expect(rounds.inMonth).toMatchObject({ rounds: 2, newItemsFlagged: 1 });
    const april = await board('2026-04');
    expect(april.evaluation).toMatchObject({ possibleImpasse: false, triggers: [] });
  });

  it('calls of attention and complaints count only beyond two in the month', async () => {
    for (const n of [1, 2, 3]) {
      await ok('agent', 'POST', `${base}/facts`, {
        kind: 'call_of_attention',
        cause: 'late_approvals',
        note: `Llamado ${n}`,
      });
      const complaint = await call('client_requester', 'POST', `${base}/facts`, {
        kind: 'client_complaint',
        note: `Queja ${n}`,
      });
      expect(complaint.statusCode).toBe(201);
      const rules = (await board('2026-03')).evaluation.triggers.map(
        (t: { rule: string }) => t.rule,
      );
      expect(rules.includes('calls_of_attention')).toBe(n > 2);
      expect(rules.includes('client_complaints')).toBe(n > 2);
    }
    // Each side records its own kind of fact.
    for (const [role, fact] of [
      ['agent', { kind: 'client_complaint', note: 'x' }],
      ['client_decision_maker', { kind: 'call_of_attention', cause: 'sla_breach', note: 'x' }],
    ] as const) {
      expect((await call(role, 'POST', `${base}/facts`, fact)).statusCode).toBe(403);
    }
  });

  it('more than one impasse in a quarter flags renegotiation', async () => {
    const declare = (role: Role) =>
      call(role, 'POST', `${base}/impasses`, {
        month: '2026-03',
        statement: 'Retrasos en aprobaciones e insumos',
        commitments: [
          {
            description: 'Entregar las fuentes de contenido',
            ownerId: ids.client_decision_maker,
            side: 'client',
            due: '2026-04-15',
          },
        ],
      });
    const first = await declare('client_decision_maker');
    expect(first.statusCode, first.payload).toBe(201);
    expect(first.json()).toMatchObject({ side: 'client' });
    expect(first.json().followUps.length).toBeGreaterThanOrEqual(1);
    expect((await board()).renegotiation).toBeNull();
    const noGrounds = await call('account_manager', 'POST', `${base}/impasses`, {
      month: '2026-02',
      statement: 'x',
      commitments: [
        { description: 'y', ownerId: ids.account_manager, side: 'agency', due: '2026-04-15' },
      ],
    });
    expect(noGrounds.statusCode).toBe(422);
    moveTo('2026-04-06 10:00');
    expect((await declare('account_manager')).json()).toMatchObject({ side: 'agency' });
    const { renegotiation } = await board();
    expect(renegotiation).toMatchObject({
      quarter: { number: 1, from: '2026-03-02', until: '2026-06-02' },
      options: ['scope', 'service_levels', 'termination'],
    });
    expect(renegotiation.impasseIds).toHaveLength(2);
  });

  it('every change is audited with who made it', async () => {
    const rows = await test.database.db
      .selectFrom('audit_log')
      .select(['action', 'resource_type', 'actor_user_id'])
      .where('resource_type', 'like', 'agency_%')
      .execute();
    expect(rows).toContainEqual({
      action: 'POST /api/agency/contracts/:contractId/deliverables/:deliverableId/answer',
      resource_type: 'agency_deliverables',
      actor_user_id: ids.client_decision_maker,
    });
    expect(rows).toContainEqual(
      expect.objectContaining({
        resource_type: 'agency_accounts',
        actor_user_id: ids.account_manager,
      }),
    );
  });
});
