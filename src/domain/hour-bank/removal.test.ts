/**
 * Issue 10 #4: removing hours lowers the balance and is never billed at the overage rate; only
 * consumption past what the period holds is overage.
 */
import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import {
  buildConsume,
  closingFromMovements,
  MemoryLedger,
} from '../../../test/factories/hour-bank.js';
import { periodByIndex, scheduleOf } from '../contracts/index.js';
import { closePeriod, missingGrants } from './close.js';
import { balanceAt, statement } from './derive.js';

describe('removing hours', () => {
  it('a negative adjustment is never overage: it removes at most what the bank holds', () => {
    const contract = buildContract();
    const schedule = scheduleOf(contract);
    const ledger = new MemoryLedger();
    ledger.append(...missingGrants(contract, [], periodByIndex(schedule, 0)));
    ledger.record(contract, buildConsume('2025-01-05', 500));
    // 100 minutes are left: removing 150 is refused, naming the field, and nothing is written
    const tooMuch = {
      type: 'adjust',
      on: '2025-01-10',
      minutes: -150,
      reason: 'typo',
      expiresOn: null,
    } as const;
    expect(() => ledger.record(contract, tooMuch)).toThrow(
      expect.objectContaining({ code: 'conflict', path: 'entry.minutes' }),
    );
    ledger.record(contract, { ...tooMuch, minutes: -100 });
    // work logged later for an earlier day leaves the removal uncovered: it removes what is left, never bills it
    ledger.record(contract, buildConsume('2025-01-08', 30, { ticketId: 'late' }));
    const end = balanceAt(contract, ledger.entries, '2025-01-31');
    expect(end).toMatchObject({ availableMinutes: 0, uncoveredMinutes: 0 });
    ledger.append(...closePeriod(contract, ledger.entries, periodByIndex(schedule, 0)));
    const january = statement(contract, ledger.entries, periodByIndex(schedule, 0));
    expect(january).toMatchObject({
      adjustedMinutes: -70,
      closingMinutes: 0,
      overage: { minutes: 0 },
    });
    expect(january.closingMinutes).toBe(closingFromMovements(january));
  });
});
