/**
 * Golden test of the monthly statement: the fourteen months of the hour-bank simulation, computed
 * by hand (see src/domain/hour-bank/simulation.test.ts for the FIFO draws), matched by the
 * statement model to the minute and the currency unit, with every detail list adding up to its
 * total.
 *
 * Carried over: with rollover 1 the opening is what is left of the previous month's grants (in
 * May, of April's growth: April drew 200 from March, then 600 allotment and 200 of the 900
 * growth). Expired: what is left of the month-before-last's grants. Fee: BASE bills UF 25 a month
 * in advance, so each closing bills the next month. Overage UF: 300 min × 1.10 / 60 = 5.5000,
 * 150 min → 2.7500, 100 min → 1.8333 (UF kept at 4 decimals, half-up).
 *
 * | period  | open | carried from        | allot | grow | prep | cons | pend | exp | over | UF     | close | invoice UF |
 * |---------|------|---------------------|-------|------|------|------|------|-----|------|--------|-------|------------|
 * | 2025-01 |    0 | –                   |   600 |    0 |    0 |  200 |    0 |   0 |    0 |        |   400 | 25.0000    |
 * | 2025-02 |  400 | 2025-01 allot 400   |   600 |    0 |    0 |  300 |    0 | 100 |    0 |        |   600 | 25.0000    |
 * | 2025-03 |  600 | 2025-02 allot 600   |   600 |    0 |    0 | 1000 |    0 |   0 |    0 |        |   200 | 25.0000    |
 * | 2025-04 |  200 | 2025-03 allot 200   |   600 |  900 |    0 | 1000 |    0 |   0 |    0 |        |   700 | 25.0000    |
 * | 2025-05 |  700 | 2025-04 growth 700  |   600 |  900 |    0 | 2500 |    0 |   0 |  300 | 5.5000 |     0 | 30.5000    |
 * | 2025-06 |    0 | –                   |   600 |    0 |    0 |  120 |    0 |   0 |    0 |        |   480 | 25.0000    |
 * | 2025-07 |  480 | 2025-06 allot 480   |   600 |    0 |    0 |    0 |    0 | 480 |    0 |        |   600 | 25.0000    |
 * | 2025-08 |  600 | 2025-07 allot 600   |   600 |    0 |    0 |  650 |    0 |   0 |    0 |        |   550 | 25.0000    |
 * | 2025-09 |  550 | 2025-08 allot 550   |   600 |    0 |  300 | 1600 |  120 |   0 |  150 | 2.7500 |     0 | 27.7500    |
 * | 2025-10 |    0 | –                   |   600 |    0 |    0 |  320 |    0 |   0 |    0 |        |   280 | 25.0000    |
 * | 2025-11 |  280 | 2025-10 allot 280   |   600 |    0 |    0 |   30 |    0 | 250 |    0 |        |   600 | 25.0000    |
 * | 2025-12 |  600 | 2025-11 allot 600   |   600 |    0 |    0 | 1300 |    0 |   0 |  100 | 1.8333 |     0 | 26.8333    |
 * | 2026-01 |    0 | –                   |   600 |    0 |    0 |    0 |    0 |   0 |    0 |        |   600 | 25.0000    |
 * | 2026-02 |  600 | 2026-01 allot 600   |   600 |    0 |    0 |  100 |    0 | 500 |    0 |        |   600 | 25.0000    |
 */
import { describe, expect, it } from 'vitest';
import { seed002Year } from '../../../test/factories/seed002-year.js';
import { periodByIndex, scheduleOf } from '../contracts/index.js';
import { toDecimalString } from '../money.js';
import { chargedMinutes, type HourStatement, hourStatement } from './statement.js';
import { sumMinutes } from './statement-ledger.js';

const year = seed002Year();
const statementOf = (index: number): HourStatement =>
  hourStatement({ ...year, period: periodByIndex(scheduleOf(year.contract), index) });

/** key, opening, carried from, allotment, growth, prepaid, consumed, pending, pending from earlier, expired, overage, UF, closing, invoice. */
type Row = (string | number)[];
// biome-ignore format: the golden table reads as the hand computation above
const golden: Row[] = [
  ['2025-01-01',   0, '',                         600,   0,   0,  200,   0, 0,   0,   0, '0.0000', 400, '25.0000'],
  ['2025-02-01', 400, '2025-01-01 allotment 400', 600,   0,   0,  300,   0, 0, 100,   0, '0.0000', 600, '25.0000'],
  ['2025-03-01', 600, '2025-02-01 allotment 600', 600,   0,   0, 1000,   0, 0,   0,   0, '0.0000', 200, '25.0000'],
  ['2025-04-01', 200, '2025-03-01 allotment 200', 600, 900,   0, 1000,   0, 0,   0,   0, '0.0000', 700, '25.0000'],
  ['2025-05-01', 700, '2025-04-01 growth 700',    600, 900,   0, 2500,   0, 0,   0, 300, '5.5000',   0, '30.5000'],
  ['2025-06-01',   0, '',                         600,   0,   0,  120,   0, 0,   0,   0, '0.0000', 480, '25.0000'],
  ['2025-07-01', 480, '2025-06-01 allotment 480', 600,   0,   0,    0,   0, 0, 480,   0, '0.0000', 600, '25.0000'],
  ['2025-08-01', 600, '2025-07-01 allotment 600', 600,   0,   0,  650,   0, 0,   0,   0, '0.0000', 550, '25.0000'],
  ['2025-09-01', 550, '2025-08-01 allotment 550', 600,   0, 300, 1600, 120, 0,   0, 150, '2.7500',   0, '27.7500'],
  ['2025-10-01',   0, '',                         600,   0,   0,  320,   0, 0,   0,   0, '0.0000', 280, '25.0000'],
  ['2025-11-01', 280, '2025-10-01 allotment 280', 600,   0,   0,   30,   0, 0, 250,   0, '0.0000', 600, '25.0000'],
  ['2025-12-01', 600, '2025-11-01 allotment 600', 600,   0,   0, 1300,   0, 0,   0, 100, '1.8333',   0, '26.8333'],
  ['2026-01-01',   0, '',                         600,   0,   0,    0,   0, 0,   0,   0, '0.0000', 600, '25.0000'],
  ['2026-02-01', 600, '2026-01-01 allotment 600', 600,   0,   0,  100,   0, 0, 500,   0, '0.0000', 600, '25.0000'],
];

describe('the monthly statement of the 14-month seed-002 simulation', () => {
  it.each(golden.map((row, index) => [row[0], index, row] as const))(
    'statement of %s matches the hand-computed table to the minute and the UF',
    (_, index, row) => {
      const s = statementOf(index);
      const carried = s.carriedOver
        .map((g) => `${g.fromPeriodKey} ${g.source} ${g.minutes}`)
        .join('; ');
      expect([
        s.period.key,
        s.openingMinutes,
        carried,
        s.granted.allotment,
        s.granted.growth,
        s.granted.prepaid,
        s.consumedMinutes,
        chargedMinutes(s.pending),
        chargedMinutes(s.pendingFromEarlier),
        s.expiredMinutes,
        s.overage.minutes,
        s.overage.amount && toDecimalString(s.overage.amount),
        s.closingMinutes,
        s.invoiceTotal && toDecimalString(s.invoiceTotal),
      ]).toEqual(row);
      expect(s.closed).toBe(true);
      expect(s.currency).toBe('CLF');
    },
  );

  it.each(golden.map((row, index) => [row[0], index] as const))(
    'the detail of %s adds up to its totals',
    (_, index) => {
      const s = statementOf(index);
      expect(chargedMinutes(s.consumption)).toBe(s.consumedMinutes);
      expect(sumMinutes(s.carriedOver)).toBe(s.openingMinutes);
      expect(sumMinutes(s.expiries)).toBe(s.expiredMinutes);
      expect(sumMinutes(s.closingGrants)).toBe(s.closingMinutes);
      expect(sumMinutes(s.grants)).toBe(s.granted.total);
      expect(s.closingMinutes).toBe(
        s.openingMinutes +
          s.granted.total +
          s.adjustedMinutes -
          s.consumedMinutes +
          s.overage.minutes -
          s.expiredMinutes,
      );
    },
  );

  it('lists each consumption with its ticket, requester, kind, worked and charged minutes and reasons (March)', () => {
    const march = statementOf(2);
    expect(
      march.consumption.map((l) => [
        l.workedOn,
        l.ticketRef,
        l.requester,
        l.kind,
        l.workedMinutes,
        l.chargedMinutes,
        l.reasons.map((r) => r.code),
      ]),
    ).toEqual([
      ['2025-03-05', 'INF-103', 'Carla Soto', 'evolutive', 300, 300, []],
      ['2025-03-05', 'INF-103', 'Carla Soto', 'evolutive', 300, 180, ['maximum_per_ticket']],
      ['2025-03-20', 'INF-104', 'Ana Rojas', 'corrective', 260, 260, []],
      ['2025-03-25', 'INF-105', 'Bruno Díaz', 'corrective', 260, 260, []],
    ]);
  });

  it('shows the minimum per ticket, work covered by it and out-of-scope work charging nothing (June)', () => {
    const june = statementOf(5);
    expect(
      june.consumption.map((l) => [
        l.ticketRef,
        l.workedMinutes,
        l.chargedMinutes,
        l.reasons.map((r) => r.code),
      ]),
    ).toEqual([
      ['INF-115', 20, 60, ['minimum_per_ticket']],
      ['INF-116', 30, 60, ['minimum_per_ticket']],
    ]);
    expect(
      june.uncharged.map((l) => [
        l.ticketRef,
        l.workedMinutes,
        l.chargedMinutes,
        l.reasons.map((r) => r.code),
      ]),
    ).toEqual([
      ['INF-116', 10, 0, ['covered_by_minimum']],
      ['INF-117', 240, 0, ['out_of_scope']],
    ]);
  });

  it('work awaiting approval is pending in its period and deducted on the approval day (September → October)', () => {
    const [september, october] = [statementOf(8), statementOf(9)];
    expect(september.pending.map((l) => [l.ticketRef, l.workedOn, l.chargedMinutes])).toEqual([
      ['INF-124', '2025-09-25', 120],
    ]);
    expect(september.consumption.some((l) => l.ticketRef === 'INF-124')).toBe(false);
    expect(
      october.consumption.map((l) => [l.ticketRef, l.workedOn, l.approvedOn, l.chargedMinutes]),
    ).toEqual([
      ['INF-124', '2025-09-25', '2025-10-03', 120],
      ['INF-125', '2025-10-15', null, 200],
    ]);
  });

  it('a rejected consumption is listed as rejected and never deducted (January 2026)', () => {
    const january = statementOf(12);
    expect(january.rejected.map((l) => [l.ticketRef, l.chargedMinutes])).toEqual([
      ['INF-129', 300],
    ]);
    expect(january.consumedMinutes).toBe(0);
  });

  it('names the growth and the prepaid grant, and the period each expiry and carry-over comes from', () => {
    expect(statementOf(3).grants.map((g) => [g.on, g.source, g.minutes, g.expiresOn])).toEqual([
      ['2025-04-01', 'allotment', 600, '2025-06-01'],
      ['2025-04-01', 'growth', 900, '2025-06-01'],
    ]);
    expect(statementOf(8).grants.map((g) => [g.on, g.source, g.minutes])).toEqual([
      ['2025-09-01', 'allotment', 600],
      ['2025-09-10', 'prepaid', 300],
    ]);
    expect(
      statementOf(10).expiries.map((e) => [e.fromPeriodKey, e.source, e.minutes, e.projected]),
    ).toEqual([['2025-10-01', 'allotment', 250, false]]);
    expect(
      statementOf(0).closingGrants.map((g) => [g.fromPeriodKey, g.minutes, g.expiresOn]),
    ).toEqual([['2025-01-01', 400, '2025-03-01']]);
  });

  it('bills the overage at the rate in force and the next month in advance', () => {
    const may = statementOf(4);
    expect(
      may.invoice.map((line) =>
        line.kind === 'fee'
          ? [line.kind, line.timing, line.from, line.to, toDecimalString(line.amount)]
          : [line.kind, toDecimalString(line.amount)],
      ),
    ).toEqual([
      ['fee', 'in_advance', '2025-06-01', '2025-06-30', '25.0000'],
      ['overage', '5.5000'],
    ]);
    expect(may.overage.ratePerHour && toDecimalString(may.overage.ratePerHour)).toBe('1.1000');
  });
});
