/**
 * UTC offsets of an IANA zone over a range of instants, read from `Intl.DateTimeFormat`
 * once per range (compile time only) and memoised: the hot path never touches Intl.
 */
import { DomainError } from '../errors.js';

/** A stretch of instants `[start, end)` during which the zone's offset (wall − UTC) is constant. */
export interface OffsetSegment {
  readonly start: number;
  readonly end: number;
  readonly offset: number;
}

/**
 * Offsets are sampled every 6 hours and each change is located to the second by bisection.
 * Two transitions that cancel out within 6 hours would be missed (none are expected in tzdb
 * for 1900–2199, but this was not checked zone by zone).
 */
const SAMPLE_MS = 6 * 3_600_000;
const wallClock = /^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)$/;
const formatters = new Map<string, Intl.DateTimeFormat>();
const memo = new Map<string, readonly OffsetSegment[]>();

/** Whether `Intl` knows the zone name (IANA names and aliases such as `UTC`). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

function formatter(zone: string): Intl.DateTimeFormat {
  let fmt = formatters.get(zone);
  if (fmt === undefined) {
    // Swedish short date and medium time are ISO-like: "2026-03-29 03:00:00", 24-hour.
    fmt = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      dateStyle: 'short',
      timeStyle: 'medium',
    });
    formatters.set(zone, fmt);
  }
  return fmt;
}

/** Offset in ms at a whole-second instant: the wall clock read as if it were UTC, minus the instant. */
function offsetAt(fmt: Intl.DateTimeFormat, at: number): number {
  const m = wallClock.exec(fmt.format(at));
  if (m === null) throw new DomainError('unavailable', `unexpected Intl output for ${at}`);
  const field = (i: number): number => Number(m[i]);
  return Date.UTC(field(1), field(2) - 1, field(3), field(4), field(5), field(6)) - at;
}

/** First whole second in `(from, to]` whose offset differs from the offset at `from`. */
function nextChange(fmt: Intl.DateTimeFormat, from: number, to: number, offset: number): number {
  let lo = from;
  let hi = to;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetAt(fmt, mid) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The offset segments covering `[from, to)` (both whole seconds), in order. Memoised per
 * zone and range, so callers should ask for a fixed grid of ranges.
 */
export function offsetSegments(zone: string, from: number, to: number): readonly OffsetSegment[] {
  const key = `${zone}/${from}/${to}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const fmt = formatter(zone);
  const segments: OffsetSegment[] = [];
  let start = from;
  let offset = offsetAt(fmt, from);
  for (let sample = from; sample < to; ) {
    const next = Math.min(sample + SAMPLE_MS, to);
    if (offsetAt(fmt, next) === offset) {
      sample = next;
      continue;
    }
    const change = nextChange(fmt, sample, next, offset);
    segments.push({ start, end: change, offset });
    start = change;
    offset = offsetAt(fmt, change);
    sample = change;
  }
  if (start < to) segments.push({ start, end: to, offset });
  memo.set(key, segments);
  return segments;
}
