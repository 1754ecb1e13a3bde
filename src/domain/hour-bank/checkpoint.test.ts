/**
 * A checkpoint at each closed period gives the same balances and statements as replaying the
 * whole ledger (issue 18 #16), over generated histories of several contracts: carry-over of one
 * and two periods and none, expiring adjustments, temporary growth, prepaid hours, consumption
 * awaiting approval decided or withdrawn in a later period, reversals, and removals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildConsume, MemoryLedger, prepaidAndGrowth } from '../../../test/factories/hour-bank.js';
import type { Contract } from '../contracts/index.js';
import { periodByIndex, scheduleOf } from '../contracts/index.js';
import { addDays, type LocalDate } from '../time/local-date.js';
import { checkpointAfter } from './checkpoint.js';
import { closePeriod, missingGrants } from './close.js';
import { balanceAt, statement } from './derive.js';
import type { LedgerEntry, NewEntry } from './ledger.js';
import type { Checkpoint } from './replay.js';

const amendments: Contract['amendments'] = [
  ...prepaidAndGrowth,
  { id: 'pre-2', kind: 'prepaid_hours', on: '2025-05-01', minutes: 90, price: null },
];

/** Seed 002's BASE (one month of carry-over) and variants with none and with two. */
const contracts: readonly [string, Contract][] = [
  ['one month of carry-over', buildContract({ amendments })],
  ['no carry-over', buildContract({ amendments, plan: { rolloverPeriods: 0 } })],
  ['two months of carry-over', buildContract({ amendments, plan: { rolloverPeriods: 2 } })],
];

/** One thing that happens in a month, on a day offset 0–26 (day 27 holds decisions). */
const operation = fc.oneof(
  fc.record({
    op: fc.constant('consume' as const),
    day: fc.integer({ min: 0, max: 26 }),
    minutes: fc.integer({ min: 1, max: 500 }),
    fate: fc.constantFrom(
      'deducted',
      'approved',
      'rejected',
      'reversed',
      'approved_next_month',
      'withdrawn_next_month',
      'left_pending',
    ),
  }),
  fc.record({
    op: fc.constant('adjust' as const),
    day: fc.integer({ min: 0, max: 26 }),
    minutes: fc.integer({ min: -300, max: 300 }).filter((m) => m !== 0),
    expiresAfterDays: fc.option(fc.integer({ min: 1, max: 70 })),
  }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** Plays the months, closing all but the last, which stays open with its operations. */
function history(contract: Contract, months: readonly Operation[][]): MemoryLedger {
  const schedule = scheduleOf(contract);
  const ledger = new MemoryLedger();
  let nextMonth: NewEntry[] = [];
  months.forEach((operations, index) => {
    const period = periodByIndex(schedule, index);
    ledger.record(contract, ...missingGrants(contract, ledger.entries, period));
    ledger.record(
      contract,
      ...nextMonth.map((entry) => ({ ...entry, on: addDays(period.start, 2) })),
    );
    nextMonth = [];
    const decisionDay = addDays(period.start, 27);
    for (const o of operations) {
      const on = addDays(period.start, o.day);
      if (o.op === 'adjust') {
        const held = balanceAt(contract, ledger.entries, on).availableMinutes;
        if (-o.minutes > held) continue; // refused: a removal never exceeds what the bank holds
        const expiresOn =
          o.minutes > 0 && o.expiresAfterDays !== null ? addDays(on, o.expiresAfterDays) : null;
        ledger.record(contract, { type: 'adjust', on, minutes: o.minutes, reason: 'p', expiresOn });
        continue;
      }
      const needsApproval = o.fate !== 'deducted' && o.fate !== 'reversed';
      const [consume] = ledger.record(contract, buildConsume(on, o.minutes, { needsApproval }));
      const consumeId = consume?.id ?? '';
      if (o.fate === 'approved' || o.fate === 'rejected')
        ledger.record(contract, { type: 'approval', on: decisionDay, consumeId, decision: o.fate });
      if (o.fate === 'reversed')
        ledger.record(contract, {
          type: 'reversal',
          on: decisionDay,
          entryId: consumeId,
          reason: 'r',
        });
      if (o.fate === 'approved_next_month')
        nextMonth.push({ type: 'approval', on: on, consumeId, decision: 'approved' });
      if (o.fate === 'withdrawn_next_month')
        nextMonth.push({ type: 'reversal', on: on, entryId: consumeId, reason: 'withdrawn' });
    }
    if (index < months.length - 1)
      ledger.record(contract, ...closePeriod(contract, ledger.entries, period));
  });
  return ledger;
}

/** The entries the store reads from a checkpoint: dated from it on, up to `until`, in append order. */
function entriesFrom(entries: readonly LedgerEntry[], start: Checkpoint, until: LocalDate) {
  return entries.filter((entry) => entry.on >= start.from && entry.on <= until);
}

describe.each(contracts)('hour-bank checkpoints (%s)', (_, contract) => {
  const schedule = scheduleOf(contract);

  it('the balance and the statement from the checkpoint of any closed period equal the full replay', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(operation, { maxLength: 10 }), { minLength: 2, maxLength: 7 }),
        (months) => {
          const { entries } = history(contract, months);
          let previous: Checkpoint | null = null;
          for (let closed = 0; closed < months.length - 1; closed++) {
            const checkpoint = checkpointAfter(
              contract,
              entries,
              periodByIndex(schedule, closed),
              previous,
            );
            // chained from the one before or replayed from the start: the same state
            expect(checkpoint).toEqual(
              checkpointAfter(contract, entries, periodByIndex(schedule, closed)),
            );
            for (let later = closed + 1; later < months.length; later++) {
              const period = periodByIndex(schedule, later);
              for (const date of [period.start, addDays(period.start, 13), period.lastDay]) {
                expect(
                  balanceAt(contract, entriesFrom(entries, checkpoint, date), date, checkpoint),
                ).toEqual(balanceAt(contract, entries, date));
              }
              const tail = entriesFrom(entries, checkpoint, period.lastDay);
              expect(statement(contract, tail, period, checkpoint)).toEqual(
                statement(contract, entries, period),
              );
            }
            previous = checkpoint;
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('hour-bank checkpoint rules', () => {
  const contract = buildContract({ amendments });
  const schedule = scheduleOf(contract);

  it('a checkpoint is taken only where a period is closed', () => {
    const ledger = history(contract, [[], []]);
    expect(() => checkpointAfter(contract, ledger.entries, periodByIndex(schedule, 1))).toThrow(
      /is not closed/,
    );
  });

  it('a checkpoint keeps only the hours still usable after it and the work still awaiting approval', () => {
    const ledger = history(contract, [
      [
        { op: 'consume', day: 3, minutes: 100, fate: 'left_pending' },
        { op: 'consume', day: 4, minutes: 50, fate: 'deducted' },
        { op: 'adjust', day: 5, minutes: 30, expiresAfterDays: 10 },
      ],
      [],
    ]);
    const checkpoint = checkpointAfter(contract, ledger.entries, periodByIndex(schedule, 0));
    expect(checkpoint.from).toBe('2025-02-01');
    // January's 600 minutes, 50 used, carried one month; the expired adjustment is left out
    expect(checkpoint.buckets.map((b) => [b.source, b.remaining, b.expiresOn])).toEqual([
      ['allotment', 550, '2025-03-01'],
    ]);
    expect(checkpoint.pending.map((p) => p.minutes)).toEqual([100]);
  });

  it('a replay cannot start from a checkpoint after the day it reads', () => {
    const ledger = history(contract, [[], []]);
    const checkpoint = checkpointAfter(contract, ledger.entries, periodByIndex(schedule, 0));
    expect(() => balanceAt(contract, ledger.entries, '2025-01-31', checkpoint)).toThrow(
      /cannot start from the checkpoint/,
    );
  });
});
