/**
 * The sources a project's funding was agreed from (seed 002 §4), kept with the project: idle
 * hours set aside from those that would expire, a temporary growth, prepaid hours. Project work
 * is logged through the ledger (project-work.ts) and is read against its sources in order: idle
 * hours first while they last (work dated before they expire), then the growth, then prepaid.
 */

import { type Contract, contractVersionAt, periodOf, scheduleOf } from '../contracts/index.js';
import type { LedgerEntry } from '../hour-bank/index.js';
import type { Money } from '../money.js';
import type { LocalDate } from '../time/index.js';
import { ProjectsRuleError } from './errors.js';
import type { FundingPlan } from './funding.js';
import { projectOfEntry } from './project-work.js';

/** One agreed source of a project's hours. */
export type FundingSource =
  | {
      readonly kind: 'idle_hours';
      /** The day they were set aside. */
      readonly on: LocalDate;
      readonly minutes: number;
      /** The day they expire unless used. */
      readonly expiresOn: LocalDate;
    }
  | {
      readonly kind: 'temporary_growth';
      readonly on: LocalDate;
      /** The first day of its first month. */
      readonly from: LocalDate;
      readonly months: number;
      readonly minutesPerMonth: number;
      readonly pricePerMonth: Money;
      /** The contract amendments it made (growth, price raise, price restored). */
      readonly amendmentIds: readonly string[];
    }
  | {
      readonly kind: 'prepaid_hours';
      readonly on: LocalDate;
      readonly minutes: number;
      readonly price: Money;
      readonly amendmentId: string;
    };

/** The minutes a source adds to the project. */
export function sourceMinutes(source: FundingSource): number {
  return source.kind === 'temporary_growth'
    ? source.months * source.minutesPerMonth
    : source.minutes;
}

/** The minutes all sources add. */
export function fundedMinutes(sources: readonly FundingSource[]): number {
  return sources.reduce((sum, source) => sum + sourceMinutes(source), 0);
}

/** A source with the project work read against it. */
export interface SourceUse {
  readonly source: FundingSource;
  readonly fundedMinutes: number;
  readonly usedMinutes: number;
}

/** Whether work on a day may be read against the source. */
function covers(source: FundingSource, on: LocalDate): boolean {
  if (source.kind === 'idle_hours') return on >= source.on && on < source.expiresOn;
  return on >= (source.kind === 'temporary_growth' ? source.from : source.on);
}

const order = { idle_hours: 0, temporary_growth: 1, prepaid_hours: 2 } as const;

/**
 * The project's work (its unreversed ledger entries, in append order) read against its sources:
 * each entry fills the first source that covers its day and has room, idle hours first. What no
 * source takes is `unfundedUsedMinutes` (drawn from the period's own hours).
 */
export function fundingUse(
  projectId: string,
  sources: readonly FundingSource[],
  entries: readonly LedgerEntry[],
): { readonly sources: readonly SourceUse[]; readonly unfundedUsedMinutes: number } {
  const ranked = sources
    .map((source, index) => ({ source, index }))
    .sort((a, b) => order[a.source.kind] - order[b.source.kind] || a.index - b.index);
  const used = new Map<number, number>();
  const reversed = new Set(entries.flatMap((e) => (e.type === 'reversal' ? [e.entryId] : [])));
  let unfunded = 0;
  for (const entry of entries) {
    if (entry.type !== 'consume' || reversed.has(entry.id)) continue;
    if (projectOfEntry(entry) !== projectId) continue;
    let left = entry.minutes;
    for (const { source, index } of ranked) {
      if (left === 0 || !covers(source, entry.on)) continue;
      const taken = Math.min(left, sourceMinutes(source) - (used.get(index) ?? 0));
      used.set(index, (used.get(index) ?? 0) + taken);
      left -= taken;
    }
    unfunded += left;
  }
  return {
    sources: sources.map((source, index) => ({
      source,
      fundedMinutes: sourceMinutes(source),
      usedMinutes: used.get(index) ?? 0,
    })),
    unfundedUsedMinutes: unfunded,
  };
}

/**
 * Idle minutes other projects set aside and have not used yet, expiring on `expiresOn`: what a
 * new reservation may not count on twice.
 */
export function idleReservedElsewhere(
  others: readonly { readonly id: string; readonly funding: readonly FundingSource[] }[],
  entries: readonly LedgerEntry[],
  expiresOn: LocalDate,
): number {
  let reserved = 0;
  for (const other of others) {
    for (const use of fundingUse(other.id, other.funding, entries).sources) {
      if (use.source.kind === 'idle_hours' && use.source.expiresOn === expiresOn)
        reserved += use.fundedMinutes - use.usedMinutes;
    }
  }
  return reserved;
}

/**
 * A temporary growth starts on the first day of one of the contract's months, and never in a
 * month already billed: with billing in advance (seed 002: "por mes anticipado") a month is
 * billed when the one before it closes, so the growth starts after today, where its raised price
 * is still billed; in arrears, its month must not be closed (the amendment refuses that).
 */
export function checkGrowthStart(
  contract: Contract,
  from: LocalDate,
  today: LocalDate,
  path = 'from',
): void {
  const period = periodOf(scheduleOf(contract), from, path);
  if (period.start !== from) {
    throw new ProjectsRuleError(
      'growth_not_on_period_start',
      { from, periodStart: period.start },
      `a temporary growth starts on the first day of a month (${period.start})`,
      path,
    );
  }
  const { timing } = contractVersionAt(contract, from).plan.billing;
  if (timing === 'in_advance' && from <= today) {
    throw new ProjectsRuleError(
      'growth_month_billed',
      { from },
      `the month from ${from} is billed in advance already; a growth starts in a later month`,
      path,
    );
  }
}

/** The idle-hours source a funding plan sets aside, or none. */
export function idleSource(plan: FundingPlan, on: LocalDate, expiresOn: LocalDate) {
  if (plan.fromIdleMinutes === 0) return [];
  const source: FundingSource = {
    kind: 'idle_hours',
    on,
    minutes: plan.fromIdleMinutes,
    expiresOn,
  };
  return [source];
}
