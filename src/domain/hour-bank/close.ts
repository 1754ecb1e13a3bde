/**
 * Grants and period closing: the entries the system appends, each with a deterministic
 * `key` so that running the same step twice appends nothing new.
 *
 * A grant of period i expires at the start of period i + 1 + rolloverPeriods (of the
 * version in force when the period starts): rollover 0 expires at the period's end,
 * rollover 1 keeps the hours usable through the next period only (seed 002: "Caducidad …
 * 1 (mes siguiente)"). Growth and prepaid grants expire like the period's allotment.
 */

import {
  type Contract,
  contractVersionAt,
  growthPeriodRange,
  type Period,
  periodByIndex,
  scheduleOf,
} from '../contracts/index.js';
import { DomainError } from '../errors.js';
import { type Money, multiplyByMinutes } from '../money.js';
import { type LocalDate, laterOf } from '../time/local-date.js';
import { closedPeriodKeys, type GrantEntry, type LedgerEntry, type NewEntry } from './ledger.js';
import { replay } from './replay.js';

/** When the hours granted in a period expire: after its rollover periods (see the module comment). */
export function grantExpiry(contract: Contract, period: Period): LocalDate {
  const version = contractVersionAt(contract, period.start);
  return periodByIndex(scheduleOf(contract), period.index + 1 + version.plan.rolloverPeriods).start;
}

/** The grants a period should have: allotment, temporary growth and prepaid hours dated in it. */
export function grantsForPeriod(contract: Contract, period: Period): GrantEntry[] {
  if (contract.end !== null && period.start >= contract.end) return [];
  const version = contractVersionAt(contract, period.start);
  const expiresOn = grantExpiry(contract, period);
  const base = { type: 'grant', expiresOn, periodKey: period.key } as const;
  const grants: GrantEntry[] = [];
  if (version.plan.includedMinutesPerPeriod > 0) {
    const minutes = version.plan.includedMinutesPerPeriod;
    grants.push({
      ...base,
      on: period.start,
      minutes,
      source: 'allotment',
      amendmentId: null,
      key: `grant:${period.key}:allotment`,
    });
  }
  for (const amendment of contract.amendments) {
    if (amendment.kind === 'temporary_growth') {
      const [first, last] = growthPeriodRange(contract, amendment);
      if (period.index < first || period.index > last) continue;
      grants.push({
        ...base,
        on: laterOf(period.start, amendment.from),
        minutes: amendment.extraMinutesPerPeriod,
        source: 'growth',
        amendmentId: amendment.id,
        key: `grant:${period.key}:growth:${amendment.id}`,
      });
    } else if (
      amendment.kind === 'prepaid_hours' &&
      amendment.on >= period.start &&
      amendment.on < period.end
    ) {
      grants.push({
        ...base,
        on: amendment.on,
        minutes: amendment.minutes,
        source: 'prepaid',
        amendmentId: amendment.id,
        key: `grant:prepaid:${amendment.id}`,
      });
    }
  }
  return grants;
}

/** Overage minutes × the hourly rate in force on the period's last day (null: no rate). */
export function priceOverage(contract: Contract, period: Period, minutes: number): Money | null {
  const rate = contractVersionAt(contract, period.lastDay).plan.overageRatePerHour;
  return rate === null ? null : multiplyByMinutes(rate, minutes);
}

function existingKeys(entries: readonly LedgerEntry[]): Set<string> {
  const keys = new Set<string>();
  for (const entry of entries) if ('key' in entry) keys.add(entry.key);
  return keys;
}

/**
 * The grants of a period not yet in the ledger: call it when a contract starts (period 0)
 * and after an amendment is recorded (for the period in course). Idempotent.
 */
export function missingGrants(
  contract: Contract,
  entries: readonly LedgerEntry[],
  period: Period,
): GrantEntry[] {
  const keys = existingKeys(entries);
  return grantsForPeriod(contract, period).filter((grant) => !keys.has(grant.key));
}

/**
 * The entries that close a period, to append in this order: an `expire` for every grant
 * with minutes left that expires at the period's end, the `overage` of the period (always,
 * 0 minutes included: it marks the period closed) priced at the rate in force on its last
 * day, and the next period's missing grants. Call it once the period has ended; it returns
 * nothing when the period is closed already, and a `conflict` when the one before is not.
 */
export function closePeriod(
  contract: Contract,
  entries: readonly LedgerEntry[],
  period: Period,
): NewEntry[] {
  const closed = closedPeriodKeys(entries);
  if (closed.has(period.key)) return [];
  if (period.index > 0) {
    const previous = periodByIndex(scheduleOf(contract), period.index - 1);
    if (!closed.has(previous.key)) {
      throw new DomainError('conflict', `close the period from ${previous.start} first`, 'period');
    }
  }
  const state = replay(contract, entries, period.lastDay, period);
  const closing: NewEntry[] = [];
  for (const bucket of state.buckets) {
    if (bucket.remaining > 0 && bucket.expiresOn !== null && bucket.expiresOn <= period.end) {
      closing.push({
        type: 'expire',
        on: period.lastDay,
        minutes: bucket.remaining,
        grantId: bucket.id,
        periodKey: period.key,
        key: `expire:${period.key}:${bucket.id}`,
      });
    }
  }
  const minutes = state.totals.uncovered;
  closing.push({
    type: 'overage',
    on: period.lastDay,
    minutes,
    amount: priceOverage(contract, period, minutes),
    periodKey: period.key,
    key: `overage:${period.key}`,
  });
  const next = periodByIndex(scheduleOf(contract), period.index + 1);
  return [...closing, ...missingGrants(contract, entries, next)];
}
