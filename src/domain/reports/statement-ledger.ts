/**
 * The ledger walks behind the monthly statement's detail: which consumptions were deducted in a
 * period, which wait for approval at its end, which were rejected, and which grants carried
 * hours in, expired or survive. Each list is read from the same entries the hour bank's
 * `statement` totals, so the detail adds up to those totals to the minute (the golden test
 * checks it on fourteen months).
 */

import { type Contract, type Period, periodOf, scheduleOf } from '../contracts/index.js';
import type { LedgerEntry } from '../hour-bank/index.js';
import type { ConsumeKind, GrantSource } from '../hour-bank/ledger.js';
import { type Bucket, replay, usableOn } from '../hour-bank/replay.js';
import type { LocalDate } from '../time/index.js';

/** A contract and its ledger: what every report on the hour bank starts from. */
export interface ContractLedger {
  readonly contract: Contract;
  readonly entries: readonly LedgerEntry[];
}

/** A consume entry of the ledger. */
export type ConsumeRow = Extract<LedgerEntry, { type: 'consume' }>;

/** A consume with the day it reached the bank (its approval's day when it needed one). */
export interface Deduction {
  readonly entry: ConsumeRow;
  readonly deductedOn: LocalDate;
  /** The approval's day, when the work waited for the client. */
  readonly approvedOn: LocalDate | null;
}

/** What the ledger says of a consume that needed approval, by the end of a day. */
interface Decision {
  readonly on: LocalDate;
  readonly decision: 'approved' | 'rejected';
}

/** Lookups over a ledger that every walk shares, built once in O(n). */
export interface LedgerIndex {
  readonly decisions: ReadonlyMap<string, Decision>;
  /** Entry id → the day it was reversed. */
  readonly reversedOn: ReadonlyMap<string, LocalDate>;
  readonly byId: ReadonlyMap<string, LedgerEntry>;
}

/** Indexes approvals, reversals and entries by id. */
export function indexLedger(entries: readonly LedgerEntry[]): LedgerIndex {
  const decisions = new Map<string, Decision>();
  const reversedOn = new Map<string, LocalDate>();
  const byId = new Map<string, LedgerEntry>();
  for (const entry of entries) {
    byId.set(entry.id, entry);
    if (entry.type === 'approval') decisions.set(entry.consumeId, entry);
    else if (entry.type === 'reversal') reversedOn.set(entry.entryId, entry.on);
  }
  return { decisions, reversedOn, byId };
}

/** Days `start` … `end` (exclusive): a period, a monitoring window. */
export interface DateRange {
  readonly start: LocalDate;
  readonly end: LocalDate;
}

function within(date: LocalDate, period: DateRange): boolean {
  return date >= period.start && date < period.end;
}

/** Consumptions deducted in the range, in date order (reversed ones cancel out and are left out). */
export function deductionsIn(
  entries: readonly LedgerEntry[],
  index: LedgerIndex,
  period: DateRange,
): Deduction[] {
  const found: Deduction[] = [];
  for (const entry of entries) {
    if (entry.type !== 'consume' || index.reversedOn.has(entry.id)) continue;
    const decision = entry.needsApproval ? index.decisions.get(entry.id) : undefined;
    if (entry.needsApproval && decision?.decision !== 'approved') continue;
    const deductedOn = decision?.on ?? entry.on;
    if (within(deductedOn, period))
      found.push({ entry, deductedOn, approvedOn: decision?.on ?? null });
  }
  return found.sort((a, b) =>
    a.deductedOn < b.deductedOn ? -1 : a.deductedOn > b.deductedOn ? 1 : 0,
  );
}

/** Consumptions still awaiting the client's decision at the end of `day`. */
export function pendingAt(
  entries: readonly LedgerEntry[],
  index: LedgerIndex,
  day: LocalDate,
): ConsumeRow[] {
  return entries.filter((entry): entry is ConsumeRow => {
    if (entry.type !== 'consume' || !entry.needsApproval || entry.on > day) return false;
    const reversed = index.reversedOn.get(entry.id);
    const decided = index.decisions.get(entry.id);
    return (
      (reversed === undefined || reversed > day) && (decided === undefined || decided.on > day)
    );
  });
}

/** Consumptions the client rejected during the period: never deducted. */
export function rejectedIn(
  entries: readonly LedgerEntry[],
  index: LedgerIndex,
  period: Period,
): ConsumeRow[] {
  return entries.filter((entry): entry is ConsumeRow => {
    if (entry.type !== 'consume') return false;
    const decided = index.decisions.get(entry.id);
    return decided?.decision === 'rejected' && within(decided.on, period);
  });
}

/** Hours of one grant (or added adjustment) at some point of a period. */
export interface GrantShare {
  readonly grantId: string;
  readonly source: GrantSource | 'adjust';
  readonly grantedOn: LocalDate;
  /** The period the hours were granted in (its key, the start date). */
  readonly fromPeriodKey: string;
  readonly expiresOn: LocalDate | null;
  readonly minutes: number;
  /** For an expiry: computed from the open period, not yet written to the ledger. */
  readonly projected: boolean;
}

function shareOf(contract: Contract, bucket: Bucket, minutes: number, projected = false) {
  return {
    grantId: bucket.id,
    source: bucket.source,
    grantedOn: bucket.on,
    fromPeriodKey: periodOf(scheduleOf(contract), bucket.on).key,
    expiresOn: bucket.expiresOn,
    minutes,
    projected,
  };
}

/** The hours usable at the period's start that were granted before it: the opening balance, by grant. */
export function carriedInto(
  contract: Contract,
  entries: readonly LedgerEntry[],
  period: Period,
  previous: Period | null,
): GrantShare[] {
  if (previous === null) return [];
  const { buckets } = replay(contract, entries, previous.lastDay, null);
  return buckets
    .filter((bucket) => usableOn(bucket, period.start))
    .map((bucket) => shareOf(contract, bucket, bucket.remaining));
}

/** What the bank holds at the period's end: the grants that expire with it and those that survive it. */
export function endOfPeriod(
  contract: Contract,
  entries: readonly LedgerEntry[],
  period: Period,
  closed: boolean,
): { expiries: GrantShare[]; surviving: GrantShare[] } {
  const { buckets } = replay(contract, entries, period.lastDay, period);
  const byId = new Map(buckets.map((bucket) => [bucket.id, bucket]));
  const expiries: GrantShare[] = [];
  if (closed) {
    for (const entry of entries) {
      const bucket = entry.type === 'expire' ? byId.get(entry.grantId) : undefined;
      if (entry.type === 'expire' && bucket && entry.periodKey === period.key)
        expiries.push(shareOf(contract, bucket, entry.minutes));
    }
  } else {
    for (const bucket of buckets) {
      const { expiresOn } = bucket;
      if (
        bucket.remaining > 0 &&
        expiresOn !== null &&
        expiresOn > period.start &&
        expiresOn <= period.end
      )
        expiries.push(shareOf(contract, bucket, bucket.remaining, true));
    }
  }
  const surviving = buckets
    .filter((b) => b.remaining > 0 && (b.expiresOn === null || b.expiresOn > period.end))
    .map((bucket) => shareOf(contract, bucket, bucket.remaining));
  return { expiries, surviving };
}

/** The grant and adjust entries dated in the period and not reversed. */
export function grantsAndAdjustmentsIn(
  entries: readonly LedgerEntry[],
  index: LedgerIndex,
  period: Period,
) {
  const grants: Extract<LedgerEntry, { type: 'grant' }>[] = [];
  const adjustments: Extract<LedgerEntry, { type: 'adjust' }>[] = [];
  for (const entry of entries) {
    if (!within(entry.on, period) || index.reversedOn.has(entry.id)) continue;
    if (entry.type === 'grant') grants.push(entry);
    else if (entry.type === 'adjust') adjustments.push(entry);
  }
  return { grants, adjustments };
}

/** Sums minutes of a list. */
export function sumMinutes(items: readonly { readonly minutes: number }[]): number {
  return items.reduce((sum, item) => sum + item.minutes, 0);
}

/** Kinds with their consumed minutes, in the order of the list. */
export type MinutesByKind = Readonly<Partial<Record<ConsumeKind, number>>>;
