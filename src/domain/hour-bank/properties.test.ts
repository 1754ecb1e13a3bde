import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import {
  buildConsume,
  closingFromMovements,
  MemoryLedger,
  prepaidAndGrowth,
} from '../../../test/factories/hour-bank.js';
import { periodByIndex, scheduleOf } from '../contracts/index.js';
import { addDays } from '../time/local-date.js';
import { closePeriod, missingGrants } from './close.js';
import { balanceAt, statement } from './derive.js';
import type { NewEntry } from './ledger.js';

/** One thing that can happen in a month, on a day offset 0–27. */
const operation = fc.oneof(
  fc.record({
    op: fc.constant('consume' as const),
    day: fc.integer({ min: 0, max: 27 }),
    minutes: fc.integer({ min: 1, max: 500 }),
    decision: fc.constantFrom('none', 'approved', 'rejected', 'not_needed'),
    reverse: fc.boolean(),
  }),
  fc.record({
    op: fc.constant('adjust' as const),
    day: fc.integer({ min: 0, max: 27 }),
    minutes: fc.integer({ min: -300, max: 300 }).filter((m) => m !== 0),
  }),
);

const contract = buildContract({ amendments: prepaidAndGrowth });
const schedule = scheduleOf(contract);

function run(
  months: { day: number; op: string; minutes: number; decision?: string; reverse?: boolean }[][],
) {
  const ledger = new MemoryLedger();
  ledger.record(contract, ...missingGrants(contract, [], periodByIndex(schedule, 0)));
  months.forEach((operations, index) => {
    const period = periodByIndex(schedule, index);
    // grants appear when an amendment falls in the period (prepaid, mid-period growth)
    ledger.record(contract, ...missingGrants(contract, ledger.entries, period));
    for (const o of operations) {
      const on = addDays(period.start, o.day);
      if (o.op === 'adjust') {
        const held = balanceAt(contract, ledger.entries, on).availableMinutes;
        const adjust = { type: 'adjust', on, minutes: o.minutes, reason: 'p', expiresOn: null };
        // a removal larger than what the bank holds is refused and appends nothing
        if (-o.minutes > held) expect(() => ledger.record(contract, adjust as NewEntry)).toThrow();
        else ledger.record(contract, adjust as NewEntry);
        continue;
      }
      const needsApproval = o.decision !== 'not_needed';
      const [consume] = ledger.record(contract, buildConsume(on, o.minutes, { needsApproval }));
      const id = consume?.id ?? '';
      const later = addDays(period.start, 27);
      const entries: NewEntry[] = [];
      if (o.decision === 'approved' || o.decision === 'rejected')
        entries.push({ type: 'approval', on: later, consumeId: id, decision: o.decision });
      if (o.reverse) entries.push({ type: 'reversal', on: later, entryId: id, reason: 'property' });
      ledger.record(contract, ...entries);
    }
    ledger.record(contract, ...closePeriod(contract, ledger.entries, period));
  });
  return ledger;
}

describe('ledger properties', () => {
  it('every statement balances, chains to the next, and the bank never goes below zero', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(operation, { maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        (months) => {
          const ledger = run(months);
          let previousClosing = 0;
          months.forEach((_, index) => {
            const period = periodByIndex(schedule, index);
            const s = statement(contract, ledger.entries, period);
            expect(s.closed).toBe(true);
            expect(s.openingMinutes).toBe(previousClosing);
            expect(s.closingMinutes).toBe(closingFromMovements(s));
            expect(s.overage.minutes).toBeGreaterThanOrEqual(0);
            expect(s.expiredMinutes).toBeGreaterThanOrEqual(0);
            expect(
              balanceAt(contract, ledger.entries, period.lastDay).availableMinutes,
            ).toBeGreaterThanOrEqual(0);
            expect(closePeriod(contract, ledger.entries, period)).toEqual([]);
            previousClosing = s.closingMinutes;
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
