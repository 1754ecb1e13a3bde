import { describe, expect, it } from 'vitest';
import { monitoredApp } from '../../../test/factories/monitored.js';
import { testOrigin } from '../../../test/support/origin.js';
import { InvalidFields } from '../../domain/errors.js';
import type { MonitoringReport, MonitoringTerms } from '../../domain/reports/index.js';
import { readReport } from './read-report.js';
import { recordMetrics } from './record-metrics.js';

const day = 24 * 3600 * 1000;

/** Infinity's terms as a contract agrees them: one completeness rule, a threshold each way. */
const terms: MonitoringTerms = {
  rules: [{ key: 'accounts_rut', label: 'Cuentas con RUT' }],
  thresholds: [
    { metric: 'storage_used', alertWhen: 'above', limit: 80 },
    { metric: 'login_rate', alertWhen: 'below', limit: 60.5 },
    { metric: 'completeness:accounts_rut', alertWhen: 'below', limit: 95 },
  ],
};

async function monitored(monitoring: MonitoringTerms | null = terms) {
  const app = await monitoredApp(monitoring);
  const { modules, seeded, contractId } = app;
  const record = (
    rows: { metric: unknown; on: unknown; value: unknown }[],
    actor = seeded.actors.account_manager,
  ) =>
    recordMetrics({
      ...modules.reports,
      actor,
      origin: testOrigin,
      contractId,
      rows,
      decimalSeparator: '.',
      path: 'readings',
    });
  return { ...app, record };
}

describe('monitoring metrics coming in', () => {
  it('metrics are stored once per metric and day: the same batch again stores nothing, a new value replaces the old', async () => {
    const { record, store } = await monitored();
    const batch = [
      { metric: 'storage_used', on: '2026-03-01', value: 71.25 },
      { metric: 'licences_used', on: '2026-03-01', value: '40' },
      { metric: 'completeness:accounts_rut', on: '2026-03-02', value: '97.5' },
    ];
    await expect(record(batch)).resolves.toEqual({ created: 3, changed: 0, unchanged: 0 });
    await expect(record(batch)).resolves.toEqual({ created: 0, changed: 0, unchanged: 3 });
    const corrected = [
      { metric: 'storage_used', on: '2026-03-01', value: 72 },
      { metric: 'licences_used', on: '2026-03-01', value: '40' },
    ];
    await expect(record(corrected)).resolves.toEqual({ created: 0, changed: 1, unchanged: 1 });
    expect(store.tables.metricReadings.map((r) => [r.metric, r.on, r.hundredths]).sort()).toEqual([
      ['completeness:accounts_rut', '2026-03-02', 9750],
      ['licences_used', '2026-03-01', 4000],
      ['storage_used', '2026-03-01', 7200],
    ]);
  });

  it('a batch with a bad row is refused whole, every bad field named by its row', async () => {
    const { record, store } = await monitored();
    const refused = await record([
      { metric: 'storage_used', on: '2026-03-01', value: 50 },
      { metric: 'completeness:emails', on: '2026-03-01', value: 50 },
      { metric: 'login_rate', on: '2026-03-03', value: 101 },
      { metric: 'licences_used', on: '2026-02-28', value: 1.5 },
      { metric: 'storage_used', on: '2026-03-01', value: 51 },
    ]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InvalidFields);
    expect((refused as InvalidFields).problems.map((p) => [p.path, p.code])).toEqual([
      ['readings[1].metric', 'unknown_metric'],
      ['readings[2].on', 'in_the_future'],
      ['readings[2].value', 'out_of_range'],
      ['readings[3].on', 'before_contract'],
      ['readings[3].value', 'not_whole'],
      ['readings[4]', 'duplicate'],
    ]);
    expect(store.tables.metricReadings).toEqual([]);
  });

  it('a contract whose plan includes no monitoring accepts no metrics: they would never be reported', async () => {
    const { record, store } = await monitored(null);
    await expect(
      record([{ metric: 'storage_used', on: '2026-03-01', value: 50 }]),
    ).rejects.toMatchObject({ rule: 'monitoring_not_included' });
    expect(store.tables.metricReadings).toEqual([]);
  });

  it('metrics are recorded by provider admins and account managers only', async () => {
    const { record, seeded } = await monitored();
    const row = [{ metric: 'storage_used', on: '2026-03-01', value: 50 }];
    await expect(record(row, seeded.actors.provider_admin)).resolves.toMatchObject({ created: 1 });
    for (const role of ['agent', 'client_decision_maker', 'client_requester'] as const)
      await expect(record(row, seeded.actors[role])).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('the monitoring report from the stored metrics', () => {
  it('a metric crossing its threshold raises an alert, with the change since the last report, under the terms in force', async () => {
    const { record, modules, seeded, clock, contractId } = await monitored();
    clock.advance(13 * day); // 15 March: the last day of the first window
    await record([
      { metric: 'storage_used', on: '2026-03-05', value: 70 },
      { metric: 'storage_used', on: '2026-03-14', value: 78.5 },
      { metric: 'login_rate', on: '2026-03-10', value: 64 },
      { metric: 'completeness:accounts_rut', on: '2026-03-10', value: 96 },
    ]);
    clock.advance(7 * day); // 22 March: the second window (16–30 March)
    await record([
      { metric: 'storage_used', on: '2026-03-18', value: 80 },
      { metric: 'storage_used', on: '2026-03-21', value: 83.25 },
      { metric: 'login_rate', on: '2026-03-20', value: 60.5 },
      { metric: 'completeness:accounts_rut', on: '2026-03-20', value: 94.99 },
    ]);
    const { model } = await readReport({
      ...modules.reports,
      actor: seeded.actors.client_decision_maker,
      contractId,
      kind: 'monitoring',
      date: '2026-03-22',
    });
    const report = model.report as MonitoringReport;
    expect(report.window).toMatchObject({ start: '2026-03-16', lastDay: '2026-03-30' });
    const row = (metric: string) => report.metrics.find((m) => m.metric === metric);
    expect(row('storage_used')).toMatchObject({ value: 8325, previous: 7850, change: 475 });
    expect(row('storage_used')?.alerts).toHaveLength(1);
    // exactly at the limit is not crossing it
    expect(row('login_rate')).toMatchObject({ value: 6050, previous: 6400, change: -350 });
    expect(row('login_rate')?.alerts).toEqual([]);
    expect(row('completeness:accounts_rut')).toMatchObject({
      value: 9499,
      label: 'Cuentas con RUT',
    });
    expect(row('completeness:accounts_rut')?.alerts).toHaveLength(1);
    expect(report.alertCount).toBe(2);
    const first = await readReport({
      ...modules.reports,
      actor: seeded.actors.agent,
      contractId,
      kind: 'monitoring',
      date: '2026-03-01',
    });
    const opening = first.model.report as MonitoringReport;
    expect(opening.previousWindow).toBeNull();
    expect(opening.metrics.find((m) => m.metric === 'storage_used')).toMatchObject({
      value: 7850,
      change: null,
      alerts: [],
    });
  });
});
