/**
 * Test-data builders for the hour bank (`buildX(overrides)`, DESIGN.md rule 8): a seed-002
 * BASE contract and an in-memory append-only ledger that gives ids like the store would.
 * Shared by the domain tests and usable by use-case tests with fake ports.
 */
import { type PlanParamsInput, parsePlanParams } from '../plans/params.js';
import { planPresets } from '../plans/presets.js';
import type { Contract } from './contract.js';
import type { LocalDate } from './dates.js';
import type { Statement } from './derive.js';
import { type ConsumeEntry, checkAppend, type LedgerEntry, type NewEntry } from './ledger.js';

/** A seed-002 BASE contract from 2025-01-01 (10 h a month, UF 25, UF 1.10 per extra hour). */
export function buildContract(
  overrides: Partial<Omit<Contract, 'plan'>> & { plan?: Partial<PlanParamsInput> } = {},
): Contract {
  const base = planPresets.find((preset) => preset.id === 'seed002-base')?.params ?? {};
  const { plan, ...rest } = overrides;
  return {
    id: 'contract-1',
    clientId: 'client-1',
    start: '2025-01-01',
    end: null,
    amendments: [],
    ...rest,
    plan: parsePlanParams({ ...base, ...plan }),
  };
}

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
