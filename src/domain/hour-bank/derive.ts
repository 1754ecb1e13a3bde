/**
 * Read models of the hour bank, derived in one O(n) pass over the ledger: the balance on a
 * day, a period's overage and the monthly statement. Nothing here is stored; the ledger is
 * the only truth.
 */

import { type Contract, type Period, periodOf, scheduleOf } from '../contracts/index.js';
import type { Money } from '../money.js';
import type { LocalDate } from '../time/local-date.js';
import { priceOverage } from './close.js';
import type { ConsumeKind, GrantSource, LedgerEntry } from './ledger.js';
import { availableOn, type Bucket, type Checkpoint, replay, usableOn } from './replay.js';

/** What remains of one grant (or added adjustment). */
export interface GrantBalance {
  readonly grantId: string;
  readonly source: GrantSource | 'adjust';
  readonly grantedOn: LocalDate;
  readonly expiresOn: LocalDate | null;
  readonly minutes: number;
  readonly remainingMinutes: number;
}

/** A consume awaiting the client's approval: shown, not deducted. */
export interface PendingConsumption {
  readonly consumeId: string;
  readonly ticketId: string;
  readonly kind: ConsumeKind;
  readonly on: LocalDate;
  readonly minutes: number;
}

/** The bank at the end of a day. */
export interface Balance {
  readonly date: LocalDate;
  readonly period: Period;
  readonly availableMinutes: number;
  /** Usable grants with minutes left, oldest first (the order they are drawn in). */
  readonly grants: readonly GrantBalance[];
  readonly pendingMinutes: number;
  readonly pending: readonly PendingConsumption[];
  /** Consumed beyond the bank so far this period: overage when the period closes. */
  readonly uncoveredMinutes: number;
  /** Minutes that expire at the end of this period unless used (the period's `end`). */
  readonly expiringAtPeriodEnd: number;
}

function grantBalance(bucket: Bucket): GrantBalance {
  return {
    grantId: bucket.id,
    source: bucket.source,
    grantedOn: bucket.on,
    expiresOn: bucket.expiresOn,
    minutes: bucket.minutes,
    remainingMinutes: bucket.remaining,
  };
}

function expiringBy(buckets: readonly Bucket[], date: LocalDate, end: LocalDate): number {
  return buckets.reduce(
    (sum, b) =>
      usableOn(b, date) && b.expiresOn !== null && b.expiresOn <= end ? sum + b.remaining : sum,
    0,
  );
}

/**
 * The balance at the end of `date`: available, per grant, pending, uncovered and expiring.
 * From `start`, a checkpoint on or before `date`, only the entries dated from it on are read.
 */
export function balanceAt(
  contract: Contract,
  entries: readonly LedgerEntry[],
  date: LocalDate,
  start: Checkpoint | null = null,
): Balance {
  const period = periodOf(scheduleOf(contract), date);
  const state = replay(contract, entries, date, null, start);
  const usable = state.buckets.filter((bucket) => usableOn(bucket, date));
  const pending = [...state.pending.values()].map((entry) => ({
    consumeId: entry.id,
    ticketId: entry.ticketId,
    kind: entry.kind,
    on: entry.on,
    minutes: entry.minutes,
  }));
  return {
    date,
    period,
    availableMinutes: availableOn(usable, date),
    grants: usable.map(grantBalance),
    pendingMinutes: pending.reduce((sum, p) => sum + p.minutes, 0),
    pending,
    uncoveredMinutes: state.deficit,
    expiringAtPeriodEnd: expiringBy(usable, date, period.end),
  };
}

/** A period's overage: billed (from its overage entry) once closed, projected before. */
export interface Overage {
  readonly minutes: number;
  readonly amount: Money | null;
  readonly billed: boolean;
}

/** The monthly (or yearly) statement of one period, in minutes. */
export interface Statement {
  readonly period: Period;
  readonly closed: boolean;
  readonly openingMinutes: number;
  readonly granted: Readonly<Record<GrantSource, number>> & { readonly total: number };
  /** Net manual adjustments (added minus removed). */
  readonly adjustedMinutes: number;
  readonly consumed: {
    readonly total: number;
    readonly byKind: Readonly<Partial<Record<ConsumeKind, number>>>;
  };
  /** Work logged in this period and awaiting approval at its end: not deducted. */
  readonly pendingMinutes: number;
  /** Work logged in earlier periods and still awaiting approval at this one's end: not deducted. */
  readonly pendingFromEarlierMinutes: number;
  readonly expiredMinutes: number;
  readonly overage: Overage;
  /**
   * Available after the period: opening + granted + adjusted − consumed + overage − expired
   * (the overage is the part of the consumption the bank did not cover).
   */
  readonly closingMinutes: number;
}

function sumMinutes(entries: readonly { minutes: number }[]): number {
  return entries.reduce((sum, entry) => sum + entry.minutes, 0);
}

/**
 * The statement of a period; for a period not yet closed, expiry and overage are projected.
 * From `start`, a checkpoint at or before the period's start, only later entries are read.
 */
export function statement(
  contract: Contract,
  entries: readonly LedgerEntry[],
  period: Period,
  start: Checkpoint | null = null,
): Statement {
  const state = replay(contract, entries, period.lastDay, period, start);
  const { totals } = state;
  const projectedExpiry = state.buckets.reduce(
    (sum, b) =>
      b.remaining > 0 &&
      b.expiresOn !== null &&
      b.expiresOn > period.start &&
      b.expiresOn <= period.end
        ? sum + b.remaining
        : sum,
    0,
  );
  const closing = state.buckets.reduce(
    (sum, b) =>
      b.remaining > 0 && (b.expiresOn === null || b.expiresOn > period.end)
        ? sum + b.remaining
        : sum,
    0,
  );
  const overage: Overage = totals.overage
    ? { minutes: totals.overage.minutes, amount: totals.overage.amount, billed: true }
    : {
        minutes: totals.uncovered,
        amount: priceOverage(contract, period, totals.uncovered),
        billed: false,
      };
  const { allotment, growth, prepaid } = totals.granted;
  const pending = [...state.pending.values()];
  return {
    period,
    closed: totals.overage !== null,
    openingMinutes: state.opening ?? 0,
    granted: { allotment, growth, prepaid, total: allotment + growth + prepaid },
    adjustedMinutes: totals.adjusted,
    consumed: { total: totals.consumed, byKind: totals.consumedByKind },
    pendingMinutes: sumMinutes(pending.filter((p) => p.on >= period.start)),
    pendingFromEarlierMinutes: sumMinutes(pending.filter((p) => p.on < period.start)),
    expiredMinutes: totals.expired + projectedExpiry,
    overage,
    closingMinutes: closing,
  };
}

/** A period's overage minutes and amount (billed when closed, projected otherwise). */
export function overageFor(
  contract: Contract,
  entries: readonly LedgerEntry[],
  period: Period,
): Overage {
  return statement(contract, entries, period).overage;
}
