import { describe, expect, it } from 'vitest';
import { buildWorkInput } from '../../../test/factories/hour-bank.js';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import type { HourStatement } from '../../domain/reports/index.js';
import { closeDuePeriods } from '../contracts/index.js';
import { appendToLedger, logWork } from '../hour-bank/index.js';
import { dispatchEvents } from '../outbox/index.js';
import { jobOrigin } from '../shared/index.js';
import { issueAtPeriodClose } from './handlers.js';
import { issueReport } from './issue-report.js';
import { listIssuedReports, readIssuedReport } from './read-issued-reports.js';
import { readReport } from './read-report.js';

const month = 31 * 24 * 3600 * 1000;

async function withWork() {
  const app = await seededApp();
  const { modules, seeded } = app;
  const contractId = seeded.contract.contract.id;
  await logWork({
    ...modules.hourBank,
    actor: seeded.actors.agent,
    origin: testOrigin,
    contractId,
    work: buildWorkInput({ minutes: 90 }),
  });
  const issue = (actor = seeded.actors.account_manager) =>
    issueReport({
      ...modules.reports,
      actor,
      origin: testOrigin,
      reason: 'requested',
      contractId,
      kind: 'statement',
    });
  return { ...app, contractId, issue };
}

const consumed = (model: unknown) => (model as HourStatement).consumedMinutes;

describe('issued reports', () => {
  it('an issued statement stays what it was when the ledger is adjusted later; the report on request shows the change', async () => {
    const { modules, seeded, contractId, issue } = await withWork();
    const { issued } = await issue();
    expect(issued).toMatchObject({ version: 1, replacesId: null, periodStart: '2026-03-01' });
    await appendToLedger({
      ...modules.hourBank,
      actor: seeded.actors.provider_admin,
      origin: testOrigin,
      contractId,
      entry: { type: 'adjust', minutes: -45, reason: 'correction', expiresOn: null },
    });
    const actor = seeded.actors.account_manager;
    const now = await readReport({ ...modules.reports, actor, contractId, kind: 'statement' });
    const archived = await readIssuedReport({ ...modules.reports, actor, reportId: issued.id });
    expect(consumed(archived.model.report)).toBe(consumed(issued.model));
    expect((now.model.report as HourStatement).adjustedMinutes).toBe(-45);
    expect((archived.model.report as HourStatement).adjustedMinutes).toBe(0);
  });

  it('a re-issue is a new version that names the one it replaces, audited and announced as report.issued', async () => {
    const { store, issue, contractId, seeded, modules } = await withWork();
    const first = (await issue()).issued;
    const second = (await issue(seeded.actors.provider_admin)).issued;
    expect(second).toMatchObject({ version: 2, replacesId: first.id, reason: 'requested' });
    const list = await listIssuedReports({
      ...modules.reports,
      actor: seeded.actors.client_decision_maker,
      contractId,
    });
    expect(list.map((r) => r.version)).toEqual([2, 1]);
    expect(store.tables.audit.filter((e) => e.resourceType === 'issued_reports')).toHaveLength(2);
    expect(store.tables.outbox.filter((r) => r.event.type === 'report.issued')).toHaveLength(2);
  });

  it('reports are read by staff and the client’s decision-maker of that contract only; issued by admins and account managers', async () => {
    const { modules, seeded, contractId, issue } = await withWork();
    const { issued } = await issue();
    const read = (actor: (typeof seeded.actors)[keyof typeof seeded.actors]) =>
      readReport({ ...modules.reports, actor, contractId, kind: 'compliance' });
    await expect(read(seeded.actors.client_decision_maker)).resolves.toBeDefined();
    await expect(read(seeded.actors.agent)).resolves.toBeDefined();
    await expect(read(seeded.actors.client_requester)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(read(seeded.actors.other_requester)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(issue(seeded.actors.agent)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(issue(seeded.actors.client_decision_maker)).rejects.toMatchObject({
      code: 'forbidden',
    });
    const otherDecider = { ...seeded.actors.client_decision_maker, organisationId: 'elsewhere' };
    await expect(read(otherDecider)).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      readIssuedReport({ ...modules.reports, actor: otherDecider, reportId: issued.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      listIssuedReports({ ...modules.reports, actor: otherDecider, contractId }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a period close issues its statement and compliance report once, even when the event is handled twice', async () => {
    const { modules, store, clock, contractId } = await withWork();
    clock.advance(month);
    await closeDuePeriods({
      ...modules.contracts,
      actor: { system: 'job' },
      origin: jobOrigin('close-periods'),
    });
    const handler = issueAtPeriodClose(modules.reports);
    const report = await dispatchEvents({ ...modules.outbox, handlers: [handler] });
    expect(report.failed).toBe(0);
    const closed = store.tables.outbox.find((r) => r.event.type === 'contract.period_closed');
    if (!closed) throw new Error('no period_closed event');
    await handler.handle(closed.event.payload, closed.event);
    const mine = store.tables.issuedReports.filter((r) => r.contractId === contractId);
    expect(mine.map((r) => [r.kind, r.periodStart, r.version, r.reason]).sort()).toEqual([
      ['compliance', '2026-03-01', 1, 'scheduled'],
      ['statement', '2026-03-01', 1, 'scheduled'],
    ]);
    const statement = mine.find((r) => r.kind === 'statement')?.model as HourStatement;
    expect(statement.closed).toBe(true);
    expect(consumed(statement)).toBe(90);
  });
});
