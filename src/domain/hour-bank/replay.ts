/**
 * One pass over a contract's ledger that every derivation shares. Entries are taken in date
 * order (append order within a day; an already ordered ledger is not sorted again), grants
 * become buckets in a FIFO queue and deductions draw from the oldest usable bucket first.
 * A head index skips spent buckets, so the pass is O(n) for n entries.
 *
 * A bucket is usable on day d when it was granted on or before d, d is before its expiry,
 * and minutes remain. Consumption the bank cannot cover is the period's deficit (billed as
 * overage when the period closes); hours granted later in the same period cover it first. A
 * removal (a negative adjustment) takes at most what is left: it is never overage.
 *
 * A replay can start from a {@link Checkpoint}, the state where a closed period ends: nothing
 * dated in a closed period can change (no entry may be appended there, and a reversal falls in
 * the period of what it reverses), so the state there is final and only later entries are read.
 */

import { type Contract, type Period, periodByIndex, scheduleOf } from '../contracts/index.js';
import { invalidInput } from '../errors.js';
import type { LocalDate } from '../time/local-date.js';
import type {
  ConsumeEntry,
  ConsumeKind,
  GrantSource,
  LedgerEntry,
  OverageEntry,
} from './ledger.js';

/** Granted minutes (a grant or an added adjustment) and what remains of them. */
export interface Bucket {
  readonly id: string;
  /** Position in the FIFO queue. */
  readonly index: number;
  readonly on: LocalDate;
  readonly expiresOn: LocalDate | null;
  readonly source: GrantSource | 'adjust';
  readonly minutes: number;
  remaining: number;
  reversed: boolean;
}

interface Draw {
  readonly allocations: { bucket: Bucket; minutes: number }[];
  /** Minutes the bank could not give: the deficit of a consume; a removal simply stops short. */
  uncovered: number;
  /** Of a removal (negative adjustment), the minutes there were no hours left to remove. */
  notRemoved: number;
  /** The consume's kind; null for a negative adjustment. */
  kind: ConsumeKind | null;
}

/** What moved in one period (the observed one), in minutes. */
export interface PeriodTotals {
  granted: Record<GrantSource, number>;
  /** Net adjustments: added minus removed. */
  adjusted: number;
  consumed: number;
  consumedByKind: Partial<Record<ConsumeKind, number>>;
  expired: number;
  /** Deductions the bank could not cover: the overage. */
  uncovered: number;
  overage: OverageEntry | null;
}

/**
 * The state of the bank where a closed period ends, to replay the periods after it from: the
 * buckets that can still be drawn from or reversed into (spent and expired ones are left out;
 * nothing after the period can touch them) and the consumption still awaiting approval. The
 * deficit and what covered it are per period, so they start at zero.
 */
export interface Checkpoint {
  /** The period that starts where the checkpoint is. */
  readonly periodIndex: number;
  /** That period's first day: the checkpoint holds every entry dated before it. */
  readonly from: LocalDate;
  readonly buckets: readonly Omit<Bucket, 'index'>[];
  readonly pending: readonly (ConsumeEntry & { id: string })[];
}

/** The state of the bank at the end of `until`, and the observed period's totals. */
export interface ReplayState {
  readonly buckets: readonly Bucket[];
  readonly pending: ReadonlyMap<string, ConsumeEntry & { id: string }>;
  readonly period: Period;
  /** Uncovered minutes so far in the period containing `until`. */
  readonly deficit: number;
  /** Available at the observed period's start (null when no period is observed). */
  readonly opening: number | null;
  readonly totals: PeriodTotals;
}

/** Whether a bucket can still be drawn from on `date`. */
export function usableOn(bucket: Bucket, date: LocalDate): boolean {
  return (
    bucket.remaining > 0 &&
    bucket.on <= date &&
    (bucket.expiresOn === null || date < bucket.expiresOn)
  );
}

/** Minutes available on `date` across buckets. */
export function availableOn(buckets: readonly Bucket[], date: LocalDate): number {
  return buckets.reduce(
    (sum, bucket) => (usableOn(bucket, date) ? sum + bucket.remaining : sum),
    0,
  );
}

/**
 * The entries in date order (append order within a day) in O(n): already ordered ledgers
 * are used as they are, others are grouped by day. Also the ids some reversal targets, so
 * that only those deductions keep their allocations.
 */
function prepare(entries: readonly LedgerEntry[]): {
  ordered: readonly LedgerEntry[];
  reversed: Set<string>;
} {
  const reversed = new Set<string>();
  let sorted = true;
  let previous = '';
  for (const entry of entries) {
    if (entry.on < previous) sorted = false;
    previous = entry.on;
    if (entry.type === 'reversal') reversed.add(entry.entryId);
  }
  if (sorted) return { ordered: entries, reversed };
  const byDay = new Map<LocalDate, LedgerEntry[]>();
  for (const entry of entries) {
    const day = byDay.get(entry.on);
    if (day) day.push(entry);
    else byDay.set(entry.on, [entry]);
  }
  const ordered = [...byDay.keys()].sort().flatMap((day) => byDay.get(day) ?? []);
  return { ordered, reversed };
}

function emptyTotals(): PeriodTotals {
  return {
    granted: { allotment: 0, growth: 0, prepaid: 0 },
    adjusted: 0,
    consumed: 0,
    consumedByKind: {},
    expired: 0,
    uncovered: 0,
    overage: null,
  };
}

/**
 * Replays the entries dated up to `until` (included), collecting totals for `observe`; from
 * `start` when given (entries dated before it are in it already and skipped), else from the
 * contract's first day.
 */
export function replay(
  contract: Contract,
  entries: readonly LedgerEntry[],
  until: LocalDate,
  observe: Period | null,
  start: Checkpoint | null = null,
): ReplayState {
  const schedule = scheduleOf(contract);
  if (start && until < start.from)
    throw new Error(`a replay to ${until} cannot start from the checkpoint of ${start.from}`);
  const buckets: Bucket[] = (start?.buckets ?? []).map((bucket, index) => ({ ...bucket, index }));
  const bucketById = new Map(buckets.map((bucket) => [bucket.id, bucket]));
  const { ordered, reversed } = prepare(entries);
  const draws = new Map<string, Draw>();
  const pending = new Map((start?.pending ?? []).map((entry) => [entry.id, entry]));
  const coverings: { bucket: Bucket; minutes: number }[] = [];
  let head = 0;
  let deficit = 0;
  let period = periodByIndex(schedule, start?.periodIndex ?? 0);
  let opening: number | null = null;
  const totals = emptyTotals();
  const observing = () => observe !== null && period.index === observe.index;

  const enterPeriodsUpTo = (date: LocalDate) => {
    while (date >= period.end) {
      if (observing()) totals.uncovered = deficit;
      period = periodByIndex(schedule, period.index + 1);
      deficit = 0;
      coverings.length = 0;
      if (observing()) opening = availableOn(buckets.slice(head), period.start);
    }
  };
  if (observing()) opening = availableOn(buckets, period.start);

  const draw = (
    minutes: number,
    date: LocalDate,
    kind: ConsumeKind | null,
    keep: boolean,
  ): Draw => {
    while (head < buckets.length && !usableOn(buckets[head] as Bucket, date)) head++;
    const result: Draw = { allocations: [], uncovered: 0, notRemoved: 0, kind };
    let left = minutes;
    for (let i = head; i < buckets.length && left > 0; i++) {
      const bucket = buckets[i] as Bucket;
      if (!usableOn(bucket, date)) continue;
      const taken = Math.min(left, bucket.remaining);
      bucket.remaining -= taken;
      left -= taken;
      if (keep) result.allocations.push({ bucket, minutes: taken });
    }
    // Only consumption past what the period holds is overage: a removal stops at zero.
    if (kind === null) {
      result.notRemoved = left;
    } else {
      result.uncovered = left;
      deficit += left;
    }
    return result;
  };

  const giveBack = (bucket: Bucket, minutes: number) => {
    bucket.remaining += minutes;
    head = Math.min(head, bucket.index);
  };

  const undraw = (drawn: Draw) => {
    for (const { bucket, minutes } of drawn.allocations) giveBack(bucket, minutes);
    let owed = drawn.uncovered;
    const fromDeficit = Math.min(owed, deficit);
    deficit -= fromDeficit;
    owed -= fromDeficit;
    while (owed > 0 && coverings.length > 0) {
      const covering = coverings.pop() as { bucket: Bucket; minutes: number };
      const back = Math.min(owed, covering.minutes);
      giveBack(covering.bucket, back);
      owed -= back;
      if (back < covering.minutes)
        coverings.push({ bucket: covering.bucket, minutes: covering.minutes - back });
    }
  };

  const addBucket = (
    id: string,
    on: LocalDate,
    expiresOn: LocalDate | null,
    source: Bucket['source'],
    minutes: number,
  ) => {
    const bucket: Bucket = {
      id,
      index: buckets.length,
      on,
      expiresOn,
      source,
      minutes,
      remaining: minutes,
      reversed: false,
    };
    buckets.push(bucket);
    bucketById.set(bucket.id, bucket);
    const covered = Math.min(deficit, bucket.remaining);
    if (covered > 0) {
      bucket.remaining -= covered;
      deficit -= covered;
      coverings.push({ bucket, minutes: covered });
    }
  };

  const deduct = (id: string, minutes: number, kind: ConsumeKind | null, date: LocalDate) => {
    const keep = reversed.has(id);
    const drawn = draw(minutes, date, kind, keep);
    if (keep) draws.set(id, drawn);
    if (!observing()) return;
    if (kind === null) totals.adjusted -= minutes - drawn.notRemoved;
    else {
      totals.consumed += minutes;
      totals.consumedByKind[kind] = (totals.consumedByKind[kind] ?? 0) + minutes;
    }
  };

  const reverse = (targetId: string) => {
    const bucket = bucketById.get(targetId);
    if (bucket && !bucket.reversed) {
      // What was drawn from it is uncovered again (checkAppend refuses that case anyway).
      bucket.reversed = true;
      deficit += bucket.minutes - bucket.remaining;
      bucket.remaining = 0;
      if (!observing()) return;
      if (bucket.source === 'adjust') totals.adjusted -= bucket.minutes;
      else totals.granted[bucket.source] -= bucket.minutes;
      return;
    }
    if (pending.delete(targetId)) return;
    const drawn = draws.get(targetId);
    if (!drawn) return;
    draws.delete(targetId);
    undraw(drawn);
    const minutes = drawn.allocations.reduce((sum, a) => sum + a.minutes, drawn.uncovered);
    if (!observing()) return;
    if (drawn.kind === null) totals.adjusted += minutes;
    else {
      totals.consumed -= minutes;
      totals.consumedByKind[drawn.kind] = (totals.consumedByKind[drawn.kind] ?? 0) - minutes;
    }
  };

  for (const entry of ordered) {
    if (entry.on > until) break;
    if (entry.on < contract.start)
      throw invalidInput(`entries.${entry.id}.on`, `${entry.on} is before the contract starts`);
    if (start && entry.on < start.from) continue;
    enterPeriodsUpTo(entry.on);
    switch (entry.type) {
      case 'grant':
        addBucket(entry.id, entry.on, entry.expiresOn, entry.source, entry.minutes);
        if (observing()) totals.granted[entry.source] += entry.minutes;
        break;
      case 'adjust':
        if (entry.minutes > 0) {
          addBucket(entry.id, entry.on, entry.expiresOn, 'adjust', entry.minutes);
          if (observing()) totals.adjusted += entry.minutes;
        } else deduct(entry.id, -entry.minutes, null, entry.on);
        break;
      case 'consume':
        if (entry.needsApproval) pending.set(entry.id, entry);
        else deduct(entry.id, entry.minutes, entry.kind, entry.on);
        break;
      case 'approval': {
        const consume = pending.get(entry.consumeId);
        if (!consume) break;
        pending.delete(entry.consumeId);
        if (entry.decision === 'approved')
          deduct(consume.id, consume.minutes, consume.kind, entry.on);
        break;
      }
      case 'expire': {
        const bucket = bucketById.get(entry.grantId);
        if (bucket) bucket.remaining -= Math.min(bucket.remaining, entry.minutes);
        if (observing()) totals.expired += entry.minutes;
        break;
      }
      case 'overage':
        if (observing()) totals.overage = entry;
        break;
      case 'reversal':
        reverse(entry.entryId);
        break;
    }
  }
  enterPeriodsUpTo(until);
  if (observing()) totals.uncovered = deficit;
  return { buckets, pending, period, deficit, opening, totals };
}
