/**
 * Quotes through the public API (seeds 002 and 004) on an Infinity 25 contract in UF (CLF, four
 * decimals; the plan's extra hour is UF 1.10): drafted from an out-of-scope ticket, an agency
 * intake item or alone, revised in versions, sent, and decided by the client's decision-maker;
 * an approval makes the project. The clock starts on Monday 2 March 2026 (Santiago).
 */
import { beforeAll, expect, it } from 'vitest';
import type { Role } from '../../src/domain/identity/roles.js';
import { callerAs } from '../support/agency.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskOn } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';

const uf = (amount: string) => ({ amount, currency: 'CLF' });
const content = (overrides: object = {}) => ({
  title: 'Integración con el ERP',
  lines: [
    { kind: 'hours', description: 'Diseño del flujo', minutes: 20 * 60, ratePerHour: uf('1.10') },
    { kind: 'hours', description: 'Ajuste de reglas', minutes: 20, ratePerHour: uf('1.10') },
    { kind: 'fixed', description: 'Licencia del conector', amount: uf('3.5') },
  ],
  validUntil: '2026-03-31',
  terms: 'Pago a 30 días.',
  ...overrides,
});

describeEachEngine('quotes over HTTP (seeds 002 and 004)', (database) => {
  let test: TestApp;
  let contractId: string;
  let base: string;
  let openTicket: Awaited<ReturnType<typeof deskOn>>['open'];
  let otherTenantContract: string;

  let call: ReturnType<typeof callerAs>['call'];
  let forget: () => void;
  const ok = async (role: Role, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const res = await call(role, method, url, payload);
    expect(res.statusCode, res.payload).toBeLessThan(300);
    return res.json();
  };
  const draft = (payload: object) => ok('account_manager', 'POST', `${base}/quotes`, payload);
  const sent = async (payload: object) => {
    const quote = await draft(payload);
    return ok('account_manager', 'POST', `${base}/quotes/${quote.id}/send`);
  };
  const decide = (role: Role, quoteId: string, body: object) =>
    call(role, 'POST', `${base}/quotes/${quoteId}/decision`, body);

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    ({ call, forget } = callerAs(test));
    const desk = await deskOn(test);
    contractId = desk.contractId;
    openTicket = desk.open;
    base = `/api/quotes/contracts/${contractId}`;
    otherTenantContract = (await signInfinity25(test, {}, 'Clínica Norte')).contractId;
  });

  it("a quote's lines are hours × rate or fixed amounts, exact in the contract's currency", async () => {
    const quote = await draft({ origin: { kind: 'standalone' }, content: content() });
    const [version] = quote.versions;
    expect(version.lines.map((line: { amount: object }) => line.amount)).toEqual([
      uf('22.0000'),
      uf('0.3667'), // 20 min × UF 1.10 = UF 0.36666… rounded half-up to four places
      uf('3.5000'),
    ]);
    expect(version.total).toEqual(uf('25.8667'));
    expect(version.totalMinutes).toBe(20 * 60 + 20);
    expect([quote.state, quote.version, quote.currency]).toEqual(['draft', 1, 'CLF']);
  });

  it('a line in another currency, a past validity or a line without minutes is refused, naming the field', async () => {
    const cases: [object, string][] = [
      [
        content({
          lines: [{ kind: 'fixed', description: 'x', amount: { amount: '10', currency: 'USD' } }],
        }),
        'content.lines[0].amount.currency',
      ],
      [content({ validUntil: '2026-03-01' }), 'content.validUntil'],
      [
        content({ lines: [{ kind: 'hours', description: 'x', minutes: 0, ratePerHour: uf('1') }] }),
        'content.lines[0].minutes',
      ],
      [content({ lines: [] }), 'content.lines'],
    ];
    for (const [bad, field] of cases) {
      const res = await call('account_manager', 'POST', `${base}/quotes`, {
        origin: { kind: 'standalone' },
        content: bad,
      });
      expect(res.statusCode, res.payload).toBe(400);
      expect(JSON.stringify(res.json().error)).toContain(field);
    }
    const before = (await ok('account_manager', 'GET', `${base}/quotes`)).items.length;
    expect((await ok('account_manager', 'GET', `${base}/quotes`)).items).toHaveLength(before);
  });

  it('an out-of-scope ticket shows "quote required" until its quote is decided', async () => {
    const ticket = await openTicket({ classification: { kind: 'out_of_scope' } });
    expect(ticket.statusCode, ticket.payload).toBe(201);
    const ticketId = ticket.json().id;
    const status = () => ok('agent', 'GET', `${base}/tickets/${ticketId}`);
    expect(await status()).toEqual({ quoteRequired: true, latest: null });
    const quote = await sent({
      origin: { kind: 'ticket', ticketId, reason: 'out_of_scope' },
      content: content(),
    });
    expect(await status()).toEqual({
      quoteRequired: true,
      latest: { quoteId: quote.id, version: 1, state: 'sent' },
    });
    const rejected = await decide('client_decision_maker', quote.id, {
      version: 1,
      decision: 'rejected',
      reason: 'Demasiado caro',
    });
    expect(rejected.statusCode, rejected.payload).toBe(200);
    expect(rejected.json().projectId).toBeNull();
    expect(await status()).toEqual({
      quoteRequired: false,
      latest: { quoteId: quote.id, version: 1, state: 'rejected' },
    });
    // a question needs no quote
    const question = (await openTicket()).json().id;
    expect(await ok('agent', 'GET', `${base}/tickets/${question}`)).toEqual({
      quoteRequired: false,
      latest: null,
    });
  });

  it("a quote from a ticket or an intake item must be the contract's", async () => {
    const res = await call(
      'account_manager',
      'POST',
      `/api/quotes/contracts/${otherTenantContract}/quotes`,
      {
        origin: {
          kind: 'ticket',
          ticketId: (await openTicket()).json().id,
          reason: 'out_of_scope',
        },
        content: content(),
      },
    );
    expect(res.statusCode, res.payload).toBe(404);
    const intake = await call('account_manager', 'POST', `${base}/quotes`, {
      origin: { kind: 'intake', itemId: 'no-such-activity' },
      content: content(),
    });
    expect(intake.statusCode, intake.payload).toBe(404);
  });

  it('a revision supersedes the version the client saw; the client decides only the current one', async () => {
    const quote = await sent({ origin: { kind: 'standalone' }, content: content() });
    const revised = await ok('account_manager', 'POST', `${base}/quotes/${quote.id}/revisions`, {
      content: content({ title: 'Integración con el ERP (v2)' }),
    });
    expect(revised.versions.map((v: { state: string }) => v.state)).toEqual([
      'superseded',
      'draft',
    ]);
    const stale = await decide('client_decision_maker', quote.id, {
      version: 1,
      decision: 'approved',
    });
    expect(stale.statusCode, stale.payload).toBe(409);
    await ok('account_manager', 'POST', `${base}/quotes/${quote.id}/send`);
    const wrongVersion = await decide('client_decision_maker', quote.id, {
      version: 1,
      decision: 'approved',
    });
    expect(wrongVersion.statusCode).toBe(409);
    const approved = await decide('client_decision_maker', quote.id, {
      version: 2,
      decision: 'approved',
    });
    expect(approved.statusCode, approved.payload).toBe(200);
    expect(approved.json().quote.history.map((h: { action: string }) => h.action)).toEqual([
      'drafted',
      'sent',
      'revised',
      'sent',
      'approved',
    ]);
  });

  it("only the client's decision-maker decides, and only within the quote's validity", async () => {
    const quote = await sent({
      origin: { kind: 'standalone' },
      content: content({ validUntil: '2026-03-03' }),
    });
    for (const role of [
      'agent',
      'account_manager',
      'provider_admin',
      'client_requester',
    ] as const) {
      const res = await decide(role, quote.id, { version: 1, decision: 'approved' });
      expect([role, res.statusCode]).toEqual([role, 403]);
    }
    const draftOnly = await draft({ origin: { kind: 'standalone' }, content: content() });
    const notSent = await decide('client_decision_maker', draftOnly.id, {
      version: 1,
      decision: 'approved',
    });
    expect(notSent.statusCode).toBe(409);
    test.clock.advance(3 * 24 * 3_600_000); // Thursday 5 March: past the validity
    forget();
    const late = await decide('client_decision_maker', quote.id, {
      version: 1,
      decision: 'approved',
    });
    expect(late.statusCode, late.payload).toBe(409);
    expect((await ok('account_manager', 'GET', `${base}/quotes/${quote.id}`)).state).toBe(
      'expired',
    );
  });

  it('an approved quote becomes a project with its lines as backlog items and its hours as budget', async () => {
    const quote = await sent({
      origin: { kind: 'standalone' },
      content: content({ validUntil: '2026-04-30' }),
    });
    const approved = await decide('client_decision_maker', quote.id, {
      version: 1,
      decision: 'approved',
      reason: null,
    });
    const { projectId } = approved.json();
    expect(projectId).toEqual(expect.any(String));
    const project = await ok(
      'client_decision_maker',
      'GET',
      `/api/projects/contracts/${contractId}/projects/${projectId}`,
    );
    expect(project.name).toBe('Integración con el ERP');
    expect(project.quoteId).toBe(quote.id);
    expect(project.budget).toEqual({
      minutes: 20 * 60 + 20,
      amount: uf('25.8667'),
      usedMinutes: 0,
      remainingMinutes: 20 * 60 + 20,
    });
    expect(
      project.backlog.map((row: { story: { title: string; effortMinutes: number | null } }) => [
        row.story.title,
        row.story.effortMinutes,
      ]),
    ).toEqual([
      ['Diseño del flujo', 1200],
      ['Ajuste de reglas', 20],
      ['Licencia del conector', null],
    ]);
    const audit = await test.store.audit.list({ limit: 500 });
    const decision = audit.find(
      (entry) =>
        entry.resourceType === 'quotes' &&
        entry.resourceId === quote.id &&
        entry.action.includes('decision'),
    );
    expect(decision?.actorUserId).toBe(
      (await test.store.users.findByEmail(demoUserByRole.client_decision_maker))?.id,
    );
  });

  it("another client's decision-maker and other tenants never see the quote", async () => {
    const quote = await sent({
      origin: { kind: 'standalone' },
      content: content({ validUntil: '2026-04-30' }),
    });
    const partner = await call('partner_agent', 'GET', `${base}/quotes/${quote.id}`);
    expect(partner.statusCode).toBe(403);
    const elsewhere = await call(
      'account_manager',
      'GET',
      `/api/quotes/contracts/${otherTenantContract}/quotes/${quote.id}`,
    );
    expect(elsewhere.statusCode).toBe(404);
    const otherDecider = await call(
      'client_decision_maker',
      'GET',
      `/api/quotes/contracts/${otherTenantContract}/quotes`,
    );
    expect(otherDecider.statusCode).toBe(404);
  });
});
