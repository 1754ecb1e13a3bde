/**
 * Test-data builders for the hour bank: consume entries, an in-memory append-only ledger that
 * gives ids like the store would, and the closing a statement must have from its movements.
 */
import type { WorkInput } from '../../src/app/hour-bank/index.js';
import type { Contract } from '../../src/domain/contracts/contract.js';
import { periodByIndex, scheduleOf } from '../../src/domain/contracts/index.js';
import { closePeriod, missingGrants } from '../../src/domain/hour-bank/close.js';
import type { Statement } from '../../src/domain/hour-bank/derive.js';
import {
  type ConsumeEntry,
  checkAppend,
  type LedgerEntry,
  type NewEntry,
} from '../../src/domain/hour-bank/ledger.js';
import type { LocalDate } from '../../src/domain/time/local-date.js';

/** Prepaid hours in February 2025 and two months of growth from 10 March: the property tests' history. */
export const prepaidAndGrowth: Contract['amendments'] = [
  { id: 'pre', kind: 'prepaid_hours', on: '2025-02-14', minutes: 240, price: null },
  {
    id: 'grow',
    kind: 'temporary_growth',
    from: '2025-03-10',
    periods: 2,
    extraMinutesPerPeriod: 300,
  },
];

/** A consume entry (approved unless `needsApproval`). */
export function buildConsume(
  on: LocalDate,
  minutes: number,
  overrides: Partial<ConsumeEntry> = {},
): ConsumeEntry {
  return {
    type: 'consume',
    on,
    minutes,
    kind: 'corrective',
    ticketId: 'ticket-1',
    needsApproval: false,
    ...overrides,
  };
}

/** An append-only ledger in memory: ids `e1`, `e2`, … in append order. */
export class MemoryLedger {
  readonly entries: LedgerEntry[] = [];

  /** Appends entries and returns them with their ids. */
  append(...entries: readonly NewEntry[]): LedgerEntry[] {
    return entries.map((entry) => {
      const stored = { ...entry, id: `e${this.entries.length + 1}` } as LedgerEntry;
      this.entries.push(stored);
      return stored;
    });
  }

  /** Checks each entry with {@link checkAppend} before appending it, as the store must. */
  record(contract: Contract, ...entries: readonly NewEntry[]): LedgerEntry[] {
    return entries.flatMap((entry) => {
      checkAppend(contract, this.entries, entry);
      return this.append(entry);
    });
  }
}

/** What a statement's closing must be from its movements (overage is consumption the bank did not cover). */
export function closingFromMovements(s: Statement): number {
  return (
    s.openingMinutes +
    s.granted.total +
    s.adjustedMinutes -
    s.consumed.total +
    s.overage.minutes -
    s.expiredMinutes
  );
}

/** Work as an agent logs it: 20 minutes on a question of ticket `T-1`, solved at first contact. */
export function buildWorkInput(overrides: Partial<WorkInput> = {}): WorkInput {
  return {
    ticketRef: 'T-1',
    conversationRef: null,
    kind: 'question',
    minutes: 20,
    firstContact: true,
    note: null,
    ...overrides,
  };
}

/** A ledger with period 0's grants, and a helper closing periods in order. */
export function openLedger(contract: Contract) {
  const ledger = new MemoryLedger();
  ledger.append(...missingGrants(contract, [], periodByIndex(scheduleOf(contract), 0)));
  const closeThrough = (index: number) => {
    for (let i = 0; i <= index; i++)
      ledger.append(
        ...closePeriod(contract, ledger.entries, periodByIndex(scheduleOf(contract), i)),
      );
  };
  const period = (index: number) => periodByIndex(scheduleOf(contract), index);
  return { ledger, closeThrough, period };
}
