import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildConsume, MemoryLedger } from '../../../test/factories/hour-bank.js';
import { periodByIndex, scheduleOf } from '../contracts/index.js';
import { closePeriod, missingGrants } from '../hour-bank/index.js';
import { toDecimalString } from '../money.js';
import { type PlannedWork, type Proposal, planningReport } from './planning.js';

const contract = buildContract();
const period = (index: number) => periodByIndex(scheduleOf(contract), index);

/** January used 200, February 300 (closed); March 100 so far and 60 awaiting approval. */
function ledger(): MemoryLedger {
  const l = new MemoryLedger();
  l.record(contract, ...missingGrants(contract, [], period(0)));
  l.record(contract, buildConsume('2025-01-15', 200));
  l.record(contract, ...closePeriod(contract, l.entries, period(0)));
  l.record(contract, buildConsume('2025-02-10', 300));
  l.record(contract, ...closePeriod(contract, l.entries, period(1)));
  l.record(
    contract,
    buildConsume('2025-03-05', 100),
    buildConsume('2025-03-10', 60, { needsApproval: true }),
  );
  return l;
}

const work = (
  ticketRef: string,
  kind: PlannedWork['kind'],
  estimateMinutes: number,
  plannedFor: string,
): PlannedWork => ({
  ticketRef,
  title: null,
  kind,
  estimateMinutes,
  plannedFor,
});

const planned = [
  work('INF-201', 'evolutive', 120, '2025-03-20'),
  work('INF-202', 'question', 20, '2025-03-25'),
  work('INF-203', 'corrective', 300, '2025-04-05'),
  work('INF-204', 'evolutive', 600, '2025-04-10'),
  work('INF-205', 'out_of_scope', 120, '2025-04-15'),
];

const reportOf = (plan: PlannedWork[], proposals = [] as Proposal[]) =>
  planningReport({
    contract,
    entries: ledger().entries,
    date: '2025-03-15',
    periods: 6,
    planned: plan,
    proposals,
  });

describe('monthly planning (seed 002 "Planificación frecuente")', () => {
  it('shows hours used against hours granted over the last months, the current one last', () => {
    expect(
      reportOf([]).usage.map((u) => [
        u.period.key,
        u.grantedMinutes,
        u.consumedMinutes,
        u.expiredMinutes,
        u.closed,
      ]),
    ).toEqual([
      ['2025-01-01', 600, 200, 0, true],
      ['2025-02-01', 600, 300, 100, true],
      ['2025-03-01', 600, 100, 500, false],
    ]);
  });

  it('the forecast charges each estimate as the plan would: minimum per ticket, cap with a quote, out of scope not charged', () => {
    const r = reportOf(planned);
    expect(r.restOfPeriod.map((l) => [l.ticketRef, l.chargedMinutes, l.needsQuote])).toEqual([
      ['INF-201', 120, false],
      ['INF-202', 60, false],
    ]);
    expect(
      r.forecast.map((l) => [
        l.ticketRef,
        l.chargedMinutes,
        l.needsQuote,
        l.reasons.map((x) => x.code),
      ]),
    ).toEqual([
      ['INF-203', 300, false, []],
      ['INF-204', 480, true, ['maximum_per_ticket']],
      ['INF-205', 0, true, ['out_of_scope']],
    ]);
    expect(r.forecastMinutes).toBe(780);
  });

  it('idle hours are those that would expire, less approvals pending and the work planned for the rest of the month', () => {
    const r = reportOf(planned);
    expect(r.idle).toMatchObject({
      expiringMinutes: 500,
      pendingMinutes: 60,
      forecastMinutes: 180,
      idleMinutes: 260,
      expiresOn: '2025-04-01',
    });
    expect(r.next).toMatchObject({
      carriedMinutes: 600,
      grantMinutes: 600,
      availableMinutes: 1200,
      shortfallMinutes: 0,
    });
  });

  it('a forecast beyond the hours available next month is priced at the overage rate', () => {
    const big = Array.from({ length: 5 }, (_, i) =>
      work(`INF-3${i}`, 'evolutive', 480, '2025-04-07'),
    );
    const r = reportOf(big);
    expect(r.next.shortfallMinutes).toBe(2400 - 1200);
    expect(r.next.shortfallAmount && toDecimalString(r.next.shortfallAmount)).toBe('22.0000');
  });

  it('implementation proposals draw on the idle hours in the order given', () => {
    const r = reportOf(planned, [
      {
        ref: 'P-1',
        title: 'Portal de autoservicio',
        estimateMinutes: 180,
        source: 'quote',
        state: 'sent',
      },
      {
        ref: 'P-2',
        title: 'Tablero comercial',
        estimateMinutes: 200,
        source: 'quote',
        state: 'sent',
      },
      { ref: 'P-3', title: 'Integración ERP', estimateMinutes: 60, source: 'quote', state: 'sent' },
    ]);
    expect(r.proposals.map((p) => [p.ref, p.fromIdleMinutes, p.restMinutes])).toEqual([
      ['P-1', 180, 0],
      ['P-2', 80, 120],
      ['P-3', 0, 60],
    ]);
  });

  it('refuses planned work outside this and the next period, and bad estimates, naming the field', () => {
    const cases: [PlannedWork, string][] = [
      [work('X', 'corrective', 60, '2025-02-28'), 'planned[0].plannedFor'],
      [work('X', 'corrective', 60, '2025-05-01'), 'planned[0].plannedFor'],
      [work('X', 'corrective', 0, '2025-04-01'), 'planned[0].estimateMinutes'],
      [work('X', 'corrective', 1.5, '2025-04-01'), 'planned[0].estimateMinutes'],
    ];
    for (const [item, path] of cases) {
      expect(() => reportOf([item])).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    }
  });
});
