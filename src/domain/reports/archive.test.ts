import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { contractVersionAt, parseContract } from '../contracts/index.js';
import { planParamsSchema } from '../plans/params.js';
import { monitoringWindowsDue, nextEdition } from './archive.js';
import { monitoringSetupOf, monitoringTermIssues } from './monitoring-terms.js';

describe('report editions', () => {
  it('a re-issue is a new version that names the one it replaces; the first replaces none', () => {
    expect(nextEdition([])).toEqual({ version: 1, replaces: null });
    const first = { id: 'a', version: 1, issuedOn: '2026-03-01' };
    const second = { id: 'b', version: 2, issuedOn: '2026-03-05' };
    expect(nextEdition([second, first])).toEqual({ version: 3, replaces: second });
    expect(nextEdition([first])).toEqual({ version: 2, replaces: first });
  });
});

describe('the monitoring schedule', () => {
  const contract = { start: '2026-01-01', end: null };
  it('the monitoring report of a 15-day window is due once the window has ended, every 15 days', () => {
    // windows: 01-01…01-15, 01-16…01-30, 01-31…02-14
    expect(monitoringWindowsDue(contract, '2026-01-15', new Set())).toEqual([]);
    expect(monitoringWindowsDue(contract, '2026-01-16', new Set()).map((w) => w.start)).toEqual([
      '2026-01-01',
    ]);
    expect(
      monitoringWindowsDue(contract, '2026-01-31', new Set(['2026-01-01'])).map((w) => w.start),
    ).toEqual(['2026-01-16']);
  });

  it('issued windows are not due again, and a run after days of downtime catches up the last two', () => {
    const issued = new Set(['2026-01-01', '2026-01-16']);
    expect(monitoringWindowsDue(contract, '2026-01-31', issued)).toEqual([]);
    expect(
      monitoringWindowsDue(contract, '2026-03-10', new Set()).map((w) => [w.start, w.lastDay]),
    ).toEqual([
      ['2026-01-31', '2026-02-14'],
      ['2026-02-15', '2026-03-01'],
    ]);
  });

  it('windows starting after the contract ends are never due; nothing is due on the first day', () => {
    const ended = { start: '2026-01-01', end: '2026-01-20' };
    expect(monitoringWindowsDue(ended, '2026-03-20', new Set()).map((w) => w.start)).toEqual([]);
    expect(monitoringWindowsDue(ended, '2026-02-01', new Set()).map((w) => w.start)).toEqual([
      '2026-01-01',
      '2026-01-16',
    ]);
    expect(monitoringWindowsDue(contract, '2026-01-01', new Set())).toEqual([]);
  });
});

describe('monitoring terms in the contract', () => {
  const terms = {
    rules: [{ key: 'accounts_rut', label: 'Cuentas con RUT' }],
    thresholds: [
      { metric: 'storage_used', alertWhen: 'above' as const, limit: 80.5 },
      { metric: 'completeness:accounts_rut', alertWhen: 'below' as const, limit: 90 },
    ],
  };

  it('limits become exact hundredths for the report', () => {
    expect(monitoringSetupOf(terms).thresholds.map((t) => t.limit)).toEqual([8050, 9000]);
  });

  it('a threshold on a metric the contract does not have, out of range or repeated is refused naming the field', () => {
    const wrong = {
      rules: [
        { key: 'a', label: 'A' },
        { key: 'a', label: 'A again' },
      ],
      thresholds: [
        { metric: 'completeness:b', alertWhen: 'below' as const, limit: 50 },
        { metric: 'storage_used', alertWhen: 'above' as const, limit: 120 },
        { metric: 'licences_used', alertWhen: 'above' as const, limit: 10.5 },
        { metric: 'storage_used', alertWhen: 'above' as const, limit: 90 },
      ],
    };
    expect(monitoringTermIssues(wrong).map((i) => i.path)).toEqual([
      'rules[1].key',
      'thresholds[0].metric',
      'thresholds[1].limit',
      'thresholds[2].limit',
      'thresholds[3]',
    ]);
    expect(monitoringTermIssues(terms)).toEqual([]);
  });

  it('the terms are a plan parameter: a parameter change amends them from a date, earlier versions keep theirs', () => {
    const base = buildContract({ plan: { monitoring: terms } });
    const raised = { ...terms, thresholds: [{ ...terms.thresholds[0], limit: 90 }] };
    const contract = parseContract({
      ...base,
      plan: planParamsSchema.encode(base.plan),
      amendments: [
        {
          id: 'm1',
          kind: 'parameter_change',
          from: '2025-03-01',
          changes: { monitoring: raised },
        },
      ],
    });
    const limitOn = (date: string) =>
      contractVersionAt(contract, date).plan.monitoring?.thresholds[0]?.limit;
    expect([limitOn('2025-02-28'), limitOn('2025-03-01')]).toEqual([80.5, 90]);
    const unknown = {
      rules: [],
      thresholds: [{ metric: 'cpu', alertWhen: 'above' as const, limit: 1 }],
    };
    expect(() => buildContract({ plan: { monitoring: unknown } })).toThrow(
      expect.objectContaining({ path: 'plan.monitoring.thresholds[0].metric' }),
    );
  });
});
