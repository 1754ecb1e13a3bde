import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildConsume, MemoryLedger } from '../../../test/factories/hour-bank.js';
import { periodByIndex, scheduleOf } from '../contracts/index.js';
import { missingGrants } from '../hour-bank/index.js';
import type { MetricReading, MonitoringSetup } from './metrics.js';
import { type MonitoredTicket, monitoringReport, windowOf } from './monitoring.js';

const contract = buildContract({ start: '2025-01-10' });
const setup: MonitoringSetup = {
  rules: [{ key: 'accounts_rut', label: 'Cuentas con RUT' }],
  thresholds: [
    { metric: 'storage_used', alertWhen: 'above', limit: 8500 },
    { metric: 'login_rate', alertWhen: 'below', limit: 7000 },
    { metric: 'completeness:accounts_rut', alertWhen: 'below', limit: 9000 },
  ],
};

const reading = (
  metric: MetricReading['metric'],
  on: string,
  hundredths: number,
): MetricReading => ({
  metric,
  on,
  hundredths,
});

function ticket(ref: string, openedAt: number, status: MonitoredTicket['status']): MonitoredTicket {
  return {
    ticketRef: ref,
    title: null,
    requester: 'Ana Rojas',
    kind: 'corrective',
    criticality: 'medium',
    status,
    openedAt,
    responseSeconds: 1800,
    resolutionSeconds: status === 'resolved' ? 7200 : null,
  };
}

const ledger = new MemoryLedger();
ledger.record(contract, ...missingGrants(contract, [], periodByIndex(scheduleOf(contract), 0)));
ledger.record(
  contract,
  buildConsume('2025-01-20', 60),
  buildConsume('2025-01-26', 90),
  buildConsume('2025-01-27', 120),
  buildConsume('2025-02-02', 30, { needsApproval: true }),
);

const report = (date: string, readings: MetricReading[]) =>
  monitoringReport({
    contract,
    entries: ledger.entries,
    date,
    setup,
    readings,
    tickets: [
      ticket('INF-2', Date.UTC(2025, 0, 30), 'open'),
      ticket('INF-1', Date.UTC(2025, 0, 26), 'resolved'),
    ],
    recommendations: '  Depurar contactos sin correo.  ',
  });

describe('monitoring every 15 days', () => {
  it('windows are 15 days counted from the contract start, the same whatever day the report is made', () => {
    const cases: [string, string, string][] = [
      ['2025-01-10', '2025-01-10', '2025-01-24'],
      ['2025-01-24', '2025-01-10', '2025-01-24'],
      ['2025-01-25', '2025-01-25', '2025-02-08'],
      ['2025-02-08', '2025-01-25', '2025-02-08'],
      ['2025-03-01', '2025-02-24', '2025-03-10'],
    ];
    for (const [date, start, lastDay] of cases) {
      expect([date, windowOf(contract.start, date)]).toMatchObject([date, { start, lastDay }]);
    }
    expect(() => windowOf(contract.start, '2025-01-09')).toThrow(
      expect.objectContaining({ path: 'date' }),
    );
  });

  it('shows each metric with the change since the last report and an alert only when a threshold is crossed', () => {
    const readings = [
      reading('storage_used', '2025-01-20', 8000),
      reading('storage_used', '2025-01-30', 8400),
      reading('storage_used', '2025-02-05', 8600),
      reading('login_rate', '2025-01-28', 7000),
      reading('completeness:accounts_rut', '2025-01-28', 8999),
      reading('licences_used', '2025-01-15', 47),
    ];
    const r = report('2025-02-01', readings);
    const rows = Object.fromEntries(
      r.metrics.map((m) => [m.metric, [m.value, m.previous, m.change, m.alerts.length]]),
    );
    expect(rows).toEqual({
      licences_used: [null, 47, null, 0],
      licences_available: [null, null, null, 0],
      login_rate: [7000, null, null, 0],
      storage_used: [8600, 8000, 600, 1],
      api_calls: [null, null, null, 0],
      'completeness:accounts_rut': [8999, null, null, 1],
    });
    expect(r.alertCount).toBe(2);
    expect(r.metrics.find((m) => m.metric === 'completeness:accounts_rut')?.label).toBe(
      'Cuentas con RUT',
    );
    expect(r.metrics.find((m) => m.metric === 'storage_used')?.measuredOn).toBe('2025-02-05');
  });

  it("lists the window's tickets oldest first with their times, counts them by status, and the hours used", () => {
    const r = report('2025-02-01', []);
    expect(r.tickets.map((t) => t.ticketRef)).toEqual(['INF-1', 'INF-2']);
    expect(r.ticketsByStatus).toEqual({ open: 1, resolved: 1 });
    expect(r.hours).toEqual({
      periodKey: '2025-01-10',
      usedInWindowMinutes: 210,
      usedInPeriodMinutes: 270,
      availableMinutes: 330,
      pendingMinutes: 30,
    });
    expect(r.recommendations).toBe('Depurar contactos sin correo.');
    expect(r.previousWindow?.start).toBe('2025-01-10');
  });
});
