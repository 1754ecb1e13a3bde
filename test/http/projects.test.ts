/**
 * Implementation projects through the public API (seeds 002 §4 and 003) on an Infinity 25
 * contract whose calendar is Mon–Tue 09–18 in Santiago: a project made from an approved quote of
 * 10 hours, its roadmap on those business days, team and RACI, stories and the product owner's
 * backlog, work logged through the hour bank, and the CSV and PDF exports.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/identity/roles.js';
import { callerAs, demoUserId } from '../support/agency.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';
import { projectFromApprovedQuote } from '../support/projects.js';

describeEachEngine('implementation projects over HTTP (seeds 002 and 003)', (database) => {
  let test: TestApp;
  let contractId: string;
  let page: string;
  let call: ReturnType<typeof callerAs>['call'];
  let forget: () => void;
  let otherTenantContract: string;

  const ok = async (role: Role, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await call(role, method, url, payload);
    expect(res.statusCode, res.payload).toBeLessThan(300);
    return res.json();
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    ({ call, forget } = callerAs(test));
    contractId = (await signInfinity25(test)).contractId;
    otherTenantContract = (await signInfinity25(test, {}, 'Clínica Norte')).contractId;
    page = await projectFromApprovedQuote(ok, contractId, {
      title: 'Campañas automatizadas',
      validUntil: '2026-03-31',
      lines: [
        { description: 'Segmentación', minutes: 360 },
        { description: 'Plantillas', minutes: 240 },
      ],
    });
    await ok('account_manager', 'PUT', `${page}/team`, {
      scheme: 'scrum',
      members: [
        {
          id: 'po',
          name: 'Decisora',
          side: 'client',
          userId: await demoUserId(test, 'client_decision_maker'),
          roles: ['product_owner'],
        },
        {
          id: 'sm',
          name: 'Cuentas',
          side: 'provider',
          userId: await demoUserId(test, 'account_manager'),
          roles: ['scrum_master'],
        },
        {
          id: 'dev',
          name: 'Agente',
          side: 'provider',
          userId: null,
          roles: ['development_team'],
          dedicationPercent: 50,
        },
      ],
      productOwnerId: 'po',
    });
  });

  it("the roadmap's phases are planned on the contract's business days, and plan vs actual is kept", async () => {
    // Mon–Tue calendar: Monday 2 March 2026 starts; a one-week kick-off ends Tuesday 3 March.
    const planned = await ok('account_manager', 'PUT', `${page}/roadmap`, {
      startOn: '2026-03-01',
      lengths: { kick_off: 1, development: 1 },
    });
    expect(
      planned.phases.map((p: { key: string; start: string; end: string; businessDays: number }) => [
        p.key,
        p.start,
        p.end,
        p.businessDays,
      ]),
    ).toEqual([
      ['kick_off', '2026-03-02', '2026-03-03', 2],
      ['development', '2026-03-09', '2026-04-07', 10],
      ['roll_out', '2026-04-13', '2026-05-12', 10],
      ['maintenance', '2026-05-18', '2026-06-16', 10],
    ]);
    const tooLong = await call('account_manager', 'PUT', `${page}/roadmap`, {
      startOn: '2026-03-01',
      lengths: { kick_off: 3 },
    });
    expect([tooLong.statusCode, JSON.stringify(tooLong.json())]).toEqual([
      400,
      expect.stringContaining('lengths.kick_off'),
    ]);
    test.clock.advance(7 * 24 * 3_600_000); // Monday 9 March
    forget();
    const actual = await ok('account_manager', 'PUT', `${page}/roadmap/kick_off`, {
      start: '2026-03-02',
      end: '2026-03-09',
    });
    const kickOff = actual.phases[0];
    expect([kickOff.state, kickOff.endDelay, kickOff.late]).toEqual(['done', 1, true]);
    expect(actual.milestones[0]).toMatchObject({
      id: 'kick_off_end',
      reachedOn: '2026-03-09',
      delay: 1,
    });
    const future = await call('account_manager', 'PUT', `${page}/roadmap/development`, {
      start: '2026-03-10',
      end: null,
    });
    expect(future.statusCode).toBe(400);
  });

  it('a task has exactly one Accountable and at least one Responsible, or the matrix is refused', async () => {
    const item = (assignments: object[]) => ({
      items: [{ id: 'seg', name: 'Segmentación', kind: 'task', phase: 'development', assignments }],
    });
    for (const assignments of [
      [{ memberId: 'dev', role: 'R' }],
      [
        { memberId: 'dev', role: 'R' },
        { memberId: 'po', role: 'A' },
        { memberId: 'sm', role: 'A' },
      ],
    ]) {
      const res = await call('account_manager', 'PUT', `${page}/raci`, item(assignments));
      expect(res.statusCode, res.payload).toBe(422);
      expect(res.json().error.rule).toBe('projects.rule.one_accountable');
    }
    const noResponsible = await call(
      'account_manager',
      'PUT',
      `${page}/raci`,
      item([{ memberId: 'po', role: 'A' }]),
    );
    expect(noResponsible.json().error.rule).toBe('projects.rule.responsible_required');
    const set = await ok(
      'account_manager',
      'PUT',
      `${page}/raci`,
      item([
        { memberId: 'dev', role: 'R' },
        { memberId: 'po', role: 'A' },
        { memberId: 'sm', role: 'C' },
      ]),
    );
    expect(set.raci.rows[0].cells).toEqual(['A', 'C', 'R']);
    const csv = await call('client_decision_maker', 'GET', `${page}/raci.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.payload.replace('\ufeff', '').split('\r\n');
    expect(lines).toContain('Tarea o entregable;Tipo;Fase;Decisora;Cuentas;Agente');
    expect(lines).toContain('Segmentación;Tarea;Desarrollo;A;C;R');
  });

  it('story dependencies may not form a cycle', async () => {
    const first = await ok('account_manager', 'POST', `${page}/stories`, {
      title: '=HYPERLINK("x")',
      narrative: { asA: 'responsable CRM', iWant: 'medir las campañas', soThat: 'mejorarlas' },
      benefit: 5,
      effortMinutes: 120,
    });
    const a = first.backlog.at(-1).story.id;
    const second = await ok('account_manager', 'POST', `${page}/stories`, {
      title: 'Informe',
      benefit: 2,
      effortMinutes: 60,
      dependsOn: [a],
    });
    const b = second.backlog.at(-1).story.id;
    const cycle = await call('account_manager', 'PUT', `${page}/stories/${a}`, {
      title: 'Medición',
      dependsOn: [b],
    });
    expect(cycle.statusCode, cycle.payload).toBe(422);
    expect(cycle.json().error.rule).toBe('projects.rule.dependency_cycle');
    const unknown = await call('account_manager', 'POST', `${page}/stories`, {
      title: 'x',
      dependsOn: ['nope'],
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('only the product owner orders the backlog; the suggestion puts benefit per hour first, after dependencies', async () => {
    const project = await ok('client_requester', 'GET', page);
    const ids: string[] = project.backlog.map((row: { story: { id: string } }) => row.story.id);
    const reversed = [...ids].reverse();
    const byAgent = await call('account_manager', 'PUT', `${page}/backlog`, { order: reversed });
    expect(byAgent.statusCode).toBe(403);
    const reordered = await ok('client_decision_maker', 'PUT', `${page}/backlog`, {
      order: reversed,
    });
    expect(reordered.backlog.map((row: { story: { id: string } }) => row.story.id)).toEqual(
      reversed,
    );
    // scored stories first (benefit 5 per 2 h, then 2 per 1 h, which depends on it), then the quote's lines
    expect(reordered.suggestedOrder.slice(0, 2)).toEqual([ids[2], ids[3]]);
    const missing = await call('client_decision_maker', 'PUT', `${page}/backlog`, {
      order: reversed.slice(1),
    });
    expect(missing.statusCode).toBe(400);
    const csv = await call('agent', 'GET', `${page}/backlog.csv?locale=en`);
    const text = csv.payload.replace('\ufeff', '');
    expect(text.split('\r\n')).toContain(
      'Position,Suggested position,Id,Title,As a,I want,So that,Difficulty,Benefit,Effort (hours),Depends on,Origin',
    );
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain(',2.00,');
  });

  it('work on the project goes through the hour bank and may not run past the budget', async () => {
    const logged = await call('agent', 'POST', `${page}/work`, { on: '2026-03-09', minutes: 540 });
    expect(logged.statusCode, logged.payload).toBe(201);
    const over = await call('agent', 'POST', `${page}/work`, { on: '2026-03-09', minutes: 61 });
    expect(over.statusCode).toBe(422);
    expect(over.json().error).toMatchObject({
      rule: 'projects.rule.budget_exceeded',
      params: { remainingMinutes: 60 },
    });
    const project = await ok('client_decision_maker', 'GET', page);
    expect(project.budget).toMatchObject({ minutes: 600, usedMinutes: 540, remainingMinutes: 60 });
    const byClient = await call('client_decision_maker', 'POST', `${page}/work`, {
      on: '2026-03-09',
      minutes: 10,
    });
    expect(byClient.statusCode).toBe(403);
    const future = await call('agent', 'POST', `${page}/work`, { on: '2026-03-20', minutes: 10 });
    expect(future.statusCode).toBe(400);
  });

  it('the roadmap prints as a PDF', async () => {
    const pdf = await call('client_decision_maker', 'GET', `${page}/roadmap.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('other tenants never see the project', async () => {
    const partner = await call('partner_agent', 'GET', page);
    expect(partner.statusCode).toBe(404);
    const elsewhere = await call(
      'account_manager',
      'GET',
      page.replace(contractId, otherTenantContract),
    );
    expect(elsewhere.statusCode).toBe(404);
  });
});
