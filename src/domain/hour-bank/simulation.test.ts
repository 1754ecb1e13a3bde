/**
 * Fourteen months of a seed-002 BASE contract (10 h = 600 min a month, rollover 1 month,
 * UF 1.10 per extra hour) from 2025-01-01, with a temporary growth of +15 h (900 min) in
 * April and May 2025, prepaid hours (300 min) on 2025-09-10, a consume awaiting approval in
 * September approved in October, and one rejected in January 2026.
 *
 * Hand computation. Each month's grant is usable that month and the next; FIFO draws last
 * month's rest ("prev") before this month's grant ("cur"); what neither covers is overage;
 * what is left of "prev" at the month's end expires.
 *
 * | month   | open | granted        | consumed                      | drawn from           | pend | exp | over (UF)      | close |
 * |---------|------|----------------|-------------------------------|----------------------|------|-----|----------------|-------|
 * | 2025-01 |    0 | 600            | 200                           | cur 200              |    0 |   0 | 0              |   400 |
 * | 2025-02 |  400 | 600            | 300                           | prev 300             |    0 | 100 | 0              |   600 |
 * | 2025-03 |  600 | 600            | 1000 = 480 capped (600 worked)| prev 600, cur 400    |    0 |   0 | 0              |   200 |
 * |         |      |                |        + 260 + 260 (2 tickets)|                      |      |     |                |       |
 * | 2025-04 |  200 | 1500 = 600+900 | 1000                          | prev 200, cur 800    |    0 |   0 | 0              |   700 |
 * | 2025-05 |  700 | 1500 = 600+900 | 2500                          | prev 700, cur 1500   |    0 |   0 | 300 → 5.5000   |     0 |
 * | 2025-06 |    0 | 600            | 120 = 60 (20 worked)          | cur 120              |    0 |   0 | 0              |   480 |
 * |         |      |                |     + 60 (30+10 worked); 240 out of scope: quoted |      |     |                |       |
 * | 2025-07 |  480 | 600            | 0                             | –                    |    0 | 480 | 0              |   600 |
 * | 2025-08 |  600 | 600            | 650                           | prev 600, cur 50     |    0 |   0 | 0              |   550 |
 * | 2025-09 |  550 | 900 = 600+300  | 1600 = 900 (09-05)            | prev 550, cur 350    |  120 |   0 | 150 → 2.7500   |     0 |
 * |         |      |   prepaid      |      + 700 (09-20)            | cur 250, pre 300, +150 uncovered |  |     |                |       |
 * | 2025-10 |    0 | 600            | 320 = 120 approved 10-03 + 200| cur 320              |    0 |   0 | 0              |   280 |
 * | 2025-11 |  280 | 600            | 30                            | prev 30              |    0 | 250 | 0              |   600 |
 * | 2025-12 |  600 | 600            | 1300                          | prev 600, cur 600    |    0 |   0 | 100 → 1.8333   |     0 |
 * | 2026-01 |    0 | 600            | 0 (300 rejected 01-20)        | –                    |    0 |   0 | 0              |   600 |
 * | 2026-02 |  600 | 600            | 100                           | prev 100             |    0 | 500 | 0              |   600 |
 *
 * Overage amounts: 300 min = 5 h × 1.10 = 5.5000; 150 min = 2.5 h × 1.10 = 2.7500;
 * 100 min × 1.10 / 60 = 1.83333… → 1.8333 (CLF keeps 4 decimals, half-up).
 * Every row satisfies close = open + granted − consumed + overage − expired.
 */
import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import {
  buildConsume,
  closingFromMovements,
  MemoryLedger,
} from '../../../test/factories/hour-bank.js';
import { contractVersionAt, periodByIndex, scheduleOf } from '../contracts/index.js';
import { toDecimalString } from '../money.js';
import type { TicketKind } from '../tickets/vocabulary.js';
import { chargeTicket } from './charge.js';
import { closePeriod, missingGrants } from './close.js';
import { statement } from './derive.js';
import type { NewEntry } from './ledger.js';

const contract = buildContract({
  amendments: [
    {
      id: 'growth-apr-may',
      kind: 'temporary_growth',
      from: '2025-04-01',
      periods: 2,
      extraMinutesPerPeriod: 900,
    },
    { id: 'prepaid-sep', kind: 'prepaid_hours', on: '2025-09-10', minutes: 300, price: null },
  ],
});

/** Charges a ticket's time entries with chargeFor's rules and returns its consume entries. */
function ticket(id: string, on: string, kind: TicketKind, ...minutes: number[]): NewEntry[] {
  const version = contractVersionAt(contract, on);
  const charges = chargeTicket(
    minutes.map((m) => ({ kind, minutes: m, firstContact: true, conversationId: null })),
    version,
  );
  return charges
    .filter((c) => c.minutes > 0)
    .map((c) => buildConsume(on, c.minutes, { kind, ticketId: id }));
}

type Approve = (ticketId: string, on: string, decision: 'approved' | 'rejected') => () => NewEntry;

/** What happens in each month, by period index (approvals find their consume when recorded). */
const months: ((approve: Approve) => (NewEntry | (() => NewEntry))[])[] = [
  () => [buildConsume('2025-01-15', 200)],
  () => [buildConsume('2025-02-10', 300)],
  () => [
    ...ticket('mar-big', '2025-03-05', 'evolutive', 300, 300),
    ...ticket('mar-b', '2025-03-20', 'corrective', 260),
    ...ticket('mar-c', '2025-03-25', 'corrective', 260),
  ],
  () => [buildConsume('2025-04-10', 1000)],
  () => [buildConsume('2025-05-05', 1200), buildConsume('2025-05-25', 1300, { ticketId: 'may-2' })],
  () => [
    ...ticket('jun-a', '2025-06-03', 'question', 20),
    ...ticket('jun-b', '2025-06-10', 'corrective', 30, 10),
    ...ticket('jun-quote', '2025-06-12', 'out_of_scope', 240),
  ],
  () => [],
  () => [buildConsume('2025-08-12', 650)],
  () => [
    buildConsume('2025-09-05', 900),
    buildConsume('2025-09-20', 700, { ticketId: 'sep-2' }),
    buildConsume('2025-09-25', 120, { ticketId: 'sep-approval', needsApproval: true }),
  ],
  (approve) => [approve('sep-approval', '2025-10-03', 'approved'), buildConsume('2025-10-15', 200)],
  () => [buildConsume('2025-11-04', 30)],
  () => [buildConsume('2025-12-01', 1300)],
  (approve) => [
    buildConsume('2026-01-15', 300, { ticketId: 'jan-rejected', needsApproval: true }),
    approve('jan-rejected', '2026-01-20', 'rejected'),
  ],
  () => [buildConsume('2026-02-09', 100)],
];

const expected = [
  ['2025-01-01', 0, 600, 200, 0, 0, 0, '0.0000', 400],
  ['2025-02-01', 400, 600, 300, 0, 100, 0, '0.0000', 600],
  ['2025-03-01', 600, 600, 1000, 0, 0, 0, '0.0000', 200],
  ['2025-04-01', 200, 1500, 1000, 0, 0, 0, '0.0000', 700],
  ['2025-05-01', 700, 1500, 2500, 0, 0, 300, '5.5000', 0],
  ['2025-06-01', 0, 600, 120, 0, 0, 0, '0.0000', 480],
  ['2025-07-01', 480, 600, 0, 0, 480, 0, '0.0000', 600],
  ['2025-08-01', 600, 600, 650, 0, 0, 0, '0.0000', 550],
  ['2025-09-01', 550, 900, 1600, 120, 0, 150, '2.7500', 0],
  ['2025-10-01', 0, 600, 320, 0, 0, 0, '0.0000', 280],
  ['2025-11-01', 280, 600, 30, 0, 250, 0, '0.0000', 600],
  ['2025-12-01', 600, 600, 1300, 0, 0, 100, '1.8333', 0],
  ['2026-01-01', 0, 600, 0, 0, 0, 0, '0.0000', 600],
  ['2026-02-01', 600, 600, 100, 0, 500, 0, '0.0000', 600],
] as const;

function simulate(): MemoryLedger {
  const ledger = new MemoryLedger();
  const schedule = scheduleOf(contract);
  ledger.record(contract, ...missingGrants(contract, [], periodByIndex(schedule, 0)));
  const approve: Approve = (ticketId, on, decision) => () => {
    const consume = ledger.entries.find(
      (entry) => entry.type === 'consume' && entry.ticketId === ticketId,
    );
    return { type: 'approval', on, consumeId: consume?.id ?? '', decision };
  };
  months.forEach((events, index) => {
    for (const event of events(approve))
      ledger.record(contract, typeof event === 'function' ? event() : event);
    const period = periodByIndex(schedule, index);
    ledger.record(contract, ...closePeriod(contract, ledger.entries, period));
    // closing twice appends nothing
    expect(closePeriod(contract, ledger.entries, period)).toEqual([]);
  });
  return ledger;
}

describe('a 14-month seed-002 contract', () => {
  const ledger = simulate();

  it.each(expected.map((row, index) => [row[0], index, row] as const))(
    'statement of %s matches the hand computation',
    (_, index, [key, opening, granted, consumed, pending, expired, overage, amount, closing]) => {
      const s = statement(contract, ledger.entries, periodByIndex(scheduleOf(contract), index));
      expect({
        key: s.period.key,
        opening: s.openingMinutes,
        granted: s.granted.total,
        consumed: s.consumed.total,
        pending: s.pendingMinutes,
        expired: s.expiredMinutes,
        overage: s.overage.minutes,
        amount: s.overage.amount && toDecimalString(s.overage.amount),
        closing: s.closingMinutes,
        closed: s.closed,
      }).toEqual({
        key,
        opening,
        granted,
        consumed,
        pending,
        expired,
        overage,
        amount,
        closing,
        closed: true,
      });
      expect(s.closingMinutes).toBe(closingFromMovements(s));
    },
  );

  it('splits consumption by kind (March: the capped evolutive ticket and two corrective ones)', () => {
    const march = statement(contract, ledger.entries, periodByIndex(scheduleOf(contract), 2));
    expect(march.consumed.byKind).toEqual({ evolutive: 480, corrective: 520 });
    const june = statement(contract, ledger.entries, periodByIndex(scheduleOf(contract), 5));
    expect(june.consumed.byKind).toEqual({ question: 60, corrective: 60 });
    expect(june.granted).toEqual({ allotment: 600, growth: 0, prepaid: 0, total: 600 });
  });

  it('grants growth only in April and May, prepaid hours only in September', () => {
    const grants = ledger.entries.flatMap((entry) =>
      entry.type === 'grant' && entry.source !== 'allotment'
        ? [[entry.on, entry.source, entry.minutes]]
        : [],
    );
    expect(grants).toEqual([
      ['2025-04-01', 'growth', 900],
      ['2025-05-01', 'growth', 900],
      ['2025-09-10', 'prepaid', 300],
    ]);
  });
});
