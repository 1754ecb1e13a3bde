/**
 * The compiled form of a calendar: for each fixed 400-day block of instants ("chunk"), the
 * sorted, merged open intervals in UTC with cumulative open time. Queries binary-search one
 * chunk; chunks are built lazily and independently, so distance from any date costs nothing.
 *
 * DST rule (calendar-format.md, "Meaning"): a local interval [A, B) opens exactly the instants
 * whose wall time w satisfies A ≤ w < B. For each offset segment (constant offset o) those
 * instants are [A − o, B − o) clipped to the segment. Consequences, written down on purpose:
 * - start in a spring-forward gap: opens at the transition (first wall time after the gap);
 * - end in a gap: closes at the transition; an interval wholly inside a gap is empty;
 * - end in a fall-back overlap: open until the end's first occurrence, closed for the rest of
 *   the first pass, open again from the repeated start of the overlap up to the end's second
 *   occurrence (wall times inside [A, B) are open both times);
 * - start in an overlap: open from the start's first occurrence to the transition, then again
 *   from the start's second occurrence (the repeated wall times before A are not in [A, B)).
 */
import { publicHolidays } from './holidays.js';
import { CHUNK_MS, DAY_MS, dayOfWeek, yearOfDay } from './time.js';
import { offsetSegments } from './zone.js';

/** One day's intervals in ms after local midnight; `end` past a day means an overnight interval. */
export type Span = readonly [start: number, end: number];

/** A calendar reduced to what chunk building needs. */
export interface Rules {
  readonly zone: string;
  /** Indexed by day of week, 0 = Sunday. */
  readonly week: readonly (readonly Span[])[];
  readonly overrides: ReadonlyMap<number, readonly Span[]>;
  readonly holidays: ReadonlySet<number>;
  readonly regions: readonly { readonly country: string; readonly region: string | undefined }[];
}

/** Open intervals `[starts[i], ends[i])` of instants in `[lo, hi)`, and open ms up to each end. */
export interface Chunk {
  readonly lo: number;
  readonly hi: number;
  readonly count: number;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly cumEnd: Float64Array;
  readonly total: number;
}

/** A chunk with no instants, used as the "nothing cached yet" value. */
export const emptyChunk: Chunk = {
  lo: 0,
  hi: 0,
  count: 0,
  starts: new Float64Array(0),
  ends: new Float64Array(0),
  cumEnd: new Float64Array(0),
  total: 0,
};

function closedDays(rules: Rules, firstDay: number, lastDay: number): (day: number) => boolean {
  const regional: ReadonlySet<number>[] = [];
  for (let year = yearOfDay(firstDay); year <= yearOfDay(lastDay); year++) {
    for (const { country, region } of rules.regions) {
      regional.push(publicHolidays(country, region, year));
    }
  }
  return (day) => rules.holidays.has(day) || regional.some((days) => days.has(day));
}

/** Builds chunk `k`: the calendar's open instants in `[k·CHUNK_MS, (k+1)·CHUNK_MS)`. */
export function buildChunk(rules: Rules, k: number): Chunk {
  const lo = k * CHUNK_MS;
  const hi = lo + CHUNK_MS;
  // An instant's wall time is within a day of it, and a local interval ends within two days
  // of its date's midnight, so these dates are the only ones that can open an instant here.
  const firstDay = lo / DAY_MS - 2;
  const lastDay = hi / DAY_MS + 1;
  const isClosed = closedDays(rules, firstDay, lastDay);
  const segments = offsetSegments(rules.zone, lo - 2 * DAY_MS, hi + 2 * DAY_MS);
  const pieces: [number, number][] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const spans =
      rules.overrides.get(day) ?? (isClosed(day) ? [] : (rules.week[dayOfWeek(day)] ?? []));
    for (const [startMs, endMs] of spans) {
      const wallStart = day * DAY_MS + startMs;
      const wallEnd = day * DAY_MS + endMs;
      for (const { start, end, offset } of segments) {
        const from = Math.max(start, wallStart - offset, lo);
        const to = Math.min(end, wallEnd - offset, hi);
        if (from < to) pieces.push([from, to]);
      }
    }
  }
  return mergePieces(lo, hi, pieces);
}

function mergePieces(lo: number, hi: number, pieces: [number, number][]): Chunk {
  pieces.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [from, to] of pieces) {
    const last = ends.length - 1;
    const lastEnd = ends[last];
    if (lastEnd !== undefined && from <= lastEnd) ends[last] = Math.max(lastEnd, to);
    else {
      starts.push(from);
      ends.push(to);
    }
  }
  const cumEnd = new Float64Array(ends.length);
  let total = 0;
  for (const [i, end] of ends.entries()) {
    total += end - (starts[i] ?? end);
    cumEnd[i] = total;
  }
  const count = ends.length;
  return {
    lo,
    hi,
    count,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cumEnd,
    total,
  };
}

/** Number of values in `sorted[0, count)` that are `<= x` (so the index of the first `> x`). */
export function countAtMost(sorted: Float64Array, count: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Number.POSITIVE_INFINITY) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of values in `sorted[0, count)` that are `< x` (so the index of the first `>= x`). */
export function countBelow(sorted: Float64Array, count: number, x: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Number.POSITIVE_INFINITY) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Open ms in `[chunk.lo, t)` for `t` in `[lo, hi]`. */
export function openBefore(chunk: Chunk, t: number): number {
  const i = countAtMost(chunk.starts, chunk.count, t) - 1;
  if (i < 0) return 0;
  const end = chunk.ends[i] ?? t;
  const cum = chunk.cumEnd[i] ?? 0;
  return end > t ? cum - (end - t) : cum;
}

/** The instant at which the open time since `chunk.lo` reaches `target`, via interval `i`. */
export function instantAt(chunk: Chunk, i: number, target: number): number {
  return (chunk.ends[i] ?? 0) - ((chunk.cumEnd[i] ?? 0) - target);
}
