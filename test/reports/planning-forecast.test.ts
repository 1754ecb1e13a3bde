/**
 * The monthly planning report fed by the estimates agents attach to tickets (issue 14, seed 002
 * "Planificación frecuente"), over the in-memory store: estimates across two months with March
 * closed, the forecast as the plan charges it, the contract's open quotes and active projects as
 * proposals, and the figures hand-computed below in the JSON, the Spanish CSV and the PDF's text.
 *
 * Contract: seed-002 BASE from 2026-03-01 (600 min a month, one month of rollover, minimum 60 and
 * maximum 480 per ticket, UF 1.10 per extra hour). March consumed 200 and was closed.
 * The meeting of 2026-04-10 (April, the current period; May the next):
 *
 * | ticket | kind       | estimate | planned for | charged | counts in            |
 * | T1     | evolutive  | 120      | March       | —       | March (not this one) |
 * | T2     | question   | 30       | April       | 60      | rest of April (min)  |
 * | T3     | corrective | 300      | April       | 300     | rest of April        |
 * | T4     | evolutive  | 600      | May         | 480     | May (max, a quote)   |
 * | T5     | corrective | 90       | May         | —       | resolved: not at all |
 * | T6     | evolutive  | 45       | May         | 60      | May (min)            |
 *
 * Rest of April 360; May's forecast 540. Idle: March's 400 left expire with April, less the 360
 * planned = 40. Carried into May: April's 600 (the 360 come out of March's 400 first); granted
 * 600; available 1200; shortfall 0 (UF 0.0000). Proposals: the draft quote (1200 min) takes the
 * 40 idle and leaves 1160 to fund; the project's 300 left find no idle hours. An approved quote
 * and a project with its budget spent are not proposals.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeDuePeriods } from '../../src/app/contracts/index.js';
import { changeTicketStatus } from '../../src/app/desk/index.js';
import {
  type ComputedReport,
  clearTicketEstimate,
  readReport,
  readTicketEstimate,
  setTicketEstimate,
} from '../../src/app/reports/index.js';
import { jobOrigin } from '../../src/app/shared/index.js';
import { parseMoney, toDecimalString } from '../../src/domain/money.js';
import type { Project } from '../../src/domain/projects/index.js';
import type { Quote } from '../../src/domain/quotes/index.js';
import type { PlanningReport } from '../../src/domain/reports/index.js';
import type { TicketKind } from '../../src/domain/tickets/vocabulary.js';
import { renderCsv, renderPdf, reportDocument } from '../../src/reports/index.js';
import { buildConsume } from '../factories/hour-bank.js';
import { buildQuote } from '../factories/quotes.js';
import { deskApp } from '../fakes/tickets.js';
import { testOrigin } from '../support/origin.js';

const pdftotext = '/usr/bin/pdftotext';
const day = 24 * 3600 * 1000;

type App = Awaited<ReturnType<typeof deskApp>>;

/** The scenario of the module comment, up to the meeting of 2026-04-10. */
async function planned() {
  const app = await deskApp();
  const { modules, seeded, store, clock } = app;
  const contract = seeded.contract.contract;
  const agent = seeded.actors.agent;
  const tickets: Record<string, string> = {};
  for (const [name, kind] of [
    ['T1', 'evolutive'],
    ['T2', 'question'],
    ['T3', 'corrective'],
    ['T4', 'evolutive'],
    ['T5', 'corrective'],
    ['T6', 'evolutive'],
  ] as [string, TicketKind][]) {
    const ticket = await app.open(undefined, {
      classification: { kind },
      subject: `Trabajo ${name}`,
    });
    tickets[name] = ticket.id;
  }
  const estimate = (name: string, minutes: number, period?: string, actor = agent) =>
    setTicketEstimate({
      ...modules.reports,
      actor,
      origin: testOrigin,
      ticketId: tickets[name] ?? '',
      minutes,
      period,
    });
  await estimate('T1', 120);
  await estimate('T2', 30, '2026-04-20');
  await estimate('T3', 300, '2026-04-01');
  await estimate('T4', 600, '2026-05-15');
  await estimate('T5', 90, '2026-05-02');
  await estimate('T6', 45, '2026-05-31');
  await changeTicketStatus({
    ...modules.desk,
    actor: agent,
    origin: testOrigin,
    ticketId: tickets.T5 ?? '',
    status: 'resolved',
  });
  await store.ledger.append(contract.id, [buildConsume('2026-03-10', 200)], null, clock.now());
  const draft = buildQuote({
    id: 'quote-open',
    contractId: contract.id,
    clientId: contract.clientId,
  });
  await store.quotes.save(draft, null, clock.now());
  const approved: Quote = {
    ...buildQuote({ id: 'quote-done', contractId: contract.id, clientId: contract.clientId }),
    versions: [{ ...(draft.versions[0] as Quote['versions'][number]), state: 'approved' }],
  };
  await store.quotes.save(approved, null, clock.now());
  const project = (id: string, name: string, minutes: number): Project => ({
    id,
    contractId: contract.id,
    clientId: contract.clientId,
    name,
    quoteId: null,
    budget: { minutes, amount: parseMoney('5.5000', 'CLF') },
    team: { scheme: 'scrum', members: [], productOwnerId: null },
    stories: [],
    backlogOrder: [],
  });
  await store.projects.save(
    {
      project: project('project-live', 'Portal de clientes', 300),
      roadmap: null,
      raci: [],
      funding: [],
    },
    clock.now(),
  );
  clock.advance(39 * day);
  await closeDuePeriods({
    ...modules.contracts,
    actor: { system: 'job' },
    origin: jobOrigin('close-periods'),
  });
  const report = () =>
    readReport({
      ...modules.reports,
      actor: seeded.actors.account_manager,
      contractId: contract.id,
      kind: 'planning',
    });
  return { ...app, tickets, estimate, report };
}

const planningOf = (computed: ComputedReport) => computed.model.report as PlanningReport;

describe('monthly planning from the estimates on tickets', () => {
  let app: App & Awaited<ReturnType<typeof planned>>;
  let computed: ComputedReport;
  let report: PlanningReport;

  beforeAll(async () => {
    app = await planned();
    computed = await app.report();
    report = planningOf(computed);
  });

  it('a planned ticket’s estimate counts in the month it is planned for', () => {
    expect(report.date).toBe('2026-04-10');
    expect(report.restOfPeriod.map((l) => [l.title, l.plannedFor, l.estimateMinutes])).toEqual([
      ['Trabajo T2', '2026-04-01', 30],
      ['Trabajo T3', '2026-04-01', 300],
    ]);
    expect(report.forecast.map((l) => [l.title, l.plannedFor, l.estimateMinutes])).toEqual([
      ['Trabajo T4', '2026-05-01', 600],
      ['Trabajo T6', '2026-05-01', 45],
    ]);
  });

  it('the forecast charges each estimate as the plan would: the minimum per ticket, the maximum with a quote', () => {
    expect(report.restOfPeriod.map((l) => l.chargedMinutes)).toEqual([60, 300]);
    expect(report.forecast.map((l) => [l.chargedMinutes, l.needsQuote])).toEqual([
      [480, true],
      [60, false],
    ]);
    expect(report.forecastMinutes).toBe(540);
  });

  it('a resolved ticket’s estimate no longer counts: its work is in the ledger', () => {
    const titles = [...report.restOfPeriod, ...report.forecast].map((l) => l.title);
    expect(titles).not.toContain('Trabajo T5');
  });

  it('matches the hand-computed figures: usage with March closed, idle hours and the coming month', () => {
    expect(
      report.usage.map((u) => [u.period.key, u.closed, u.grantedMinutes, u.consumedMinutes]),
    ).toEqual([
      ['2026-03-01', true, 600, 200],
      ['2026-04-01', false, 600, 0],
    ]);
    expect(report.idle).toMatchObject({
      expiringMinutes: 400,
      pendingMinutes: 0,
      forecastMinutes: 360,
      idleMinutes: 40,
      expiresOn: '2026-05-01',
    });
    expect(report.next).toMatchObject({
      carriedMinutes: 600,
      grantMinutes: 600,
      availableMinutes: 1200,
      shortfallMinutes: 0,
    });
    expect(report.next.shortfallAmount && toDecimalString(report.next.shortfallAmount)).toBe(
      '0.0000',
    );
  });

  it('open quotes and active projects are the proposals to spend idle hours on, in that order', () => {
    expect(
      report.proposals.map((p) => [
        p.ref,
        p.title,
        p.state,
        p.estimateMinutes,
        p.fromIdleMinutes,
        p.restMinutes,
      ]),
    ).toEqual([
      ['Q-quote-op', 'Lead scoring', 'draft', 1200, 40, 1160],
      ['P-project-', 'Portal de clientes', 'active', 300, 0, 300],
    ]);
  });

  it.skipIf(!existsSync(pdftotext))(
    'the same figures in the Spanish CSV and in the PDF’s text',
    async () => {
      const doc = reportDocument(computed.model, 'es', computed.names);
      const csv = renderCsv(doc).subarray(3).toString('utf8');
      expect(csv).toContain('Consumo pronosticado (minutos);540\r\n');
      expect(csv).toContain('Ociosas: libres para implementaciones (minutos);40\r\n');
      expect(csv).toMatch(/2026-05-01;\S* · Trabajo T4;Evolutivo;600;480;/);
      expect(csv).toContain(';Lead scoring;Cotización · Borrador;1200;40;1160\r\n');
      const pdf = await renderPdf(doc, new Date(Date.UTC(2026, 3, 10)));
      const text = execFileSync(pdftotext, ['-layout', '-enc', 'UTF-8', '-', '-'], { input: pdf })
        .toString('utf8')
        .replace(/[ \t]+/g, ' ');
      expect(text).toContain('Consumo pronosticado 9:00 h');
      expect(text).toContain('Ociosas: libres para implementaciones 0:40 h');
      expect(text).toContain('Disponibles en el mes 20:00 h');
      expect(text).toMatch(/Trabajo T4 Evolutivo 10:00 h 8:00 h/);
      expect(text).toMatch(/Lead scoring Cotización · Borrador 20:00 h 0:40 h 19:20 h/);
    },
  );

  it('no estimate can be planned for a closed period, nor one that is over; the field is named', async () => {
    await expect(app.estimate('T3', 60, '2026-03-20')).rejects.toMatchObject({
      code: 'rule_violation',
      rule: 'period_closed',
      path: 'period',
    });
    await expect(app.estimate('T3', 60, '2026-01-20')).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'period',
    });
  });

  it('an estimate is whole minutes from 1 to 100 days, refused naming the field', async () => {
    for (const minutes of [0, -5, 1.5, 144_001])
      await expect(app.estimate('T3', minutes, '2026-04-20')).rejects.toMatchObject({
        code: 'invalid_input',
        path: 'minutes',
      });
  });

  it('only the provider’s staff plan work; a resolved ticket cannot be planned', async () => {
    await expect(
      app.estimate('T3', 60, '2026-04-20', app.seeded.actors.client_decision_maker),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(app.estimate('T5', 60, '2026-04-20')).rejects.toMatchObject({
      rule: 'ticket_not_planned',
    });
  });

  it('a removed estimate leaves the forecast, and the form offers today’s period and the next two', async () => {
    const ask = {
      ...app.modules.reports,
      actor: app.seeded.actors.agent,
      ticketId: app.tickets.T6 ?? '',
    };
    expect((await readTicketEstimate(ask)).estimate).toEqual({
      start: '2026-05-01',
      lastDay: '2026-05-31',
      minutes: 45,
    });
    const cleared = await clearTicketEstimate({ ...ask, origin: testOrigin });
    expect(cleared.estimate).toBeNull();
    expect(cleared.periods.map((p) => p.start)).toEqual(['2026-04-01', '2026-05-01', '2026-06-01']);
    expect(planningOf(await app.report()).forecastMinutes).toBe(480);
  });
});
