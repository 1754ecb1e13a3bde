import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { type Contract, periodByIndex, scheduleOf } from '../contracts/index.js';
import { presetById } from '../plans/presets.js';
import type { Criticality } from '../tickets/vocabulary.js';
import { type BreachedTicket, type CriticalityCount, complianceReport } from './compliance.js';

const contract = buildContract();
const period = (index: number, of: Contract = contract) => periodByIndex(scheduleOf(of), index);

function count(criticality: Criticality, met: number, total: number): CriticalityCount {
  return { criticality, met, total };
}

let sequence = 0;
function breaches(criticality: Criticality, n: number): BreachedTicket[] {
  return Array.from({ length: n }, () => {
    sequence += 1;
    const openedAt = Date.UTC(2025, 0, 1 + (sequence % 28), 12);
    return {
      ticketRef: `INF-${sequence}`,
      title: null,
      requester: 'Ana Rojas',
      criticality,
      openedAt,
      dueAt: openedAt + 3_600_000,
      respondedAt: null,
      steps: [{ code: 'breached', at: openedAt + 3_600_000 }],
    };
  });
}

function reportOf(counts: CriticalityCount[], of: Contract = contract) {
  const listed = counts.flatMap((c) => breaches(c.criticality, c.total - c.met));
  return complianceReport({
    contract: of,
    period: period(0, of),
    counts,
    breaches: listed,
    history: [],
  });
}

describe('seed 002 compliance: target 100 %, met at 90 %, met with fewer than 10 tickets', () => {
  it('SLA met at 90 %: 9 of 10 first responses on time meet it, 8 of 10 miss it', () => {
    expect(reportOf([count('medium', 9, 10)]).overall).toMatchObject({
      verdict: 'met',
      percent: 90,
    });
    expect(reportOf([count('medium', 8, 10)]).overall).toMatchObject({
      verdict: 'missed',
      percent: 80,
    });
  });

  it('SLA deemed met with fewer than 10 tickets, however many were late', () => {
    const report = reportOf([count('high', 1, 4), count('low', 2, 5)]);
    expect(report.overall).toMatchObject({
      total: 9,
      verdict: 'not_enough_tickets',
      deemedMet: true,
    });
  });

  it('one monthly verdict over all tickets beside the per-criticality breakdown', () => {
    const report = reportOf([count('high', 4, 5), count('medium', 5, 5), count('low', 1, 1)]);
    expect(report.overall).toMatchObject({ met: 10, total: 11, percent: 90.9, verdict: 'met' });
    expect(
      report.byCriticality.map((row) => [
        row.criticality,
        row.met,
        row.total,
        row.compliance?.verdict,
        row.compliance?.deemedMet,
      ]),
    ).toEqual([
      ['high', 4, 5, 'not_enough_tickets', true],
      ['medium', 5, 5, 'not_enough_tickets', true],
      ['low', 1, 1, 'not_enough_tickets', true],
    ]);
    expect(report.breaches.map((b) => b.criticality)).toEqual(['high']);
    expect(report.terms).toMatchObject({
      targetPercent: 100,
      thresholdPercent: 90,
      minimumSample: 10,
    });
  });

  it('lists every breached ticket, oldest first, with the steps that explain it', () => {
    const report = reportOf([count('high', 10, 12), count('medium', 9, 10)]);
    expect(report.breaches).toHaveLength(3);
    expect(report.breaches.map((b) => b.openedAt)).toEqual(
      [...report.breaches.map((b) => b.openedAt)].sort((a, b) => a - b),
    );
    expect(report.breaches.every((b) => b.steps.some((s) => s.code === 'breached'))).toBe(true);
  });

  it('a plan that promises no compliance level (seed 001) gets counts without a verdict', () => {
    const seed001 = buildContract({
      plan: {
        ...presetById('seed001-enterprise').params,
        compliance: null,
        includedMinutesPerPeriod: 600,
        price: { amount: '100', currency: 'EUR' },
        billing: { every: 'year', timing: 'in_advance' },
        term: { months: 12, autoRenew: true },
      },
    });
    const report = reportOf([count('high', 3, 4)], seed001);
    expect([report.terms, report.overall, report.byCriticality[0]?.compliance]).toEqual([
      null,
      null,
      null,
    ]);
    expect(report.byCriticality[0]).toMatchObject({ met: 3, total: 4 });
  });
});

describe('bad counts are refused naming the field', () => {
  const cases: [string, () => unknown, string][] = [
    ['more met than judged', () => reportOf([count('high', 3, 2)]), 'counts[0].met'],
    ['a negative count', () => reportOf([count('low', -1, 2)]), 'counts[0].met'],
    [
      'a criticality counted twice',
      () => reportOf([count('low', 1, 2), count('low', 1, 1)]),
      'counts[1].criticality',
    ],
    [
      'breaches that do not match the counts',
      () =>
        complianceReport({
          contract,
          period: period(0),
          counts: [count('high', 1, 3)],
          breaches: breaches('high', 1),
          history: [],
        }),
      'breaches',
    ],
    [
      'a breach of a criticality without a count',
      () =>
        complianceReport({
          contract,
          period: period(0),
          counts: [],
          breaches: breaches('low', 1),
          history: [],
        }),
      'breaches[0].criticality',
    ],
  ];
  it.each(cases)('%s', (_, build, path) => {
    expect(build).toThrow(expect.objectContaining({ code: 'invalid_input', path }));
  });
});

describe('the trend', () => {
  it('covers the last 12 periods, oldest first, each judged by the terms then in force', () => {
    const stricter = buildContract({
      amendments: [
        {
          id: 'strict',
          kind: 'parameter_change',
          from: '2025-10-01',
          changes: {
            compliance: {
              targetPercent: 100,
              thresholdPercent: 95,
              minimumSample: 10,
              belowSample: 'deemed_met',
            },
          },
        },
      ],
    });
    const history = Array.from({ length: 14 }, (_, i) => ({
      period: period(i, stricter),
      counts: [count('medium', 18, 20)],
    }));
    const report = complianceReport({
      contract: stricter,
      period: period(14, stricter),
      counts: [count('medium', 19, 20)],
      breaches: breaches('medium', 1),
      history: history.toReversed(),
    });
    expect(
      report.trend.map((p) => [p.period.key, p.compliance?.percent, p.compliance?.verdict]),
    ).toEqual([
      ['2025-04-01', 90, 'met'],
      ['2025-05-01', 90, 'met'],
      ['2025-06-01', 90, 'met'],
      ['2025-07-01', 90, 'met'],
      ['2025-08-01', 90, 'met'],
      ['2025-09-01', 90, 'met'],
      ['2025-10-01', 90, 'missed'],
      ['2025-11-01', 90, 'missed'],
      ['2025-12-01', 90, 'missed'],
      ['2026-01-01', 90, 'missed'],
      ['2026-02-01', 90, 'missed'],
      ['2026-03-01', 95, 'met'],
    ]);
  });
});
