/**
 * Local dates and wall times of a zone, read from the same offset segments the engine compiles
 * with (zone.ts, on the chunk grid of chunk.ts, so the memo is shared): the few conversions that
 * rules dated in local days (sprints, ceremonies) need beside the calendar's instants.
 */
import { CHUNK_MS, DAY_MS } from './time.js';
import { type OffsetSegment, offsetSegments } from './zone.js';

/** The offset segments of the chunk holding `at`, widened by two days as chunk.ts asks for them. */
function segmentsAround(zone: string, at: number): readonly OffsetSegment[] {
  const lo = Math.floor(at / CHUNK_MS) * CHUNK_MS;
  return offsetSegments(zone, lo - 2 * DAY_MS, lo + CHUNK_MS + 2 * DAY_MS);
}

/** The UTC offset (wall − UTC, in ms) in force at an instant. */
export function offsetAt(zone: string, at: number): number {
  const whole = Math.floor(at / 1000) * 1000;
  const found = segmentsAround(zone, whole).find((s) => whole >= s.start && whole < s.end);
  return found?.offset ?? 0;
}

/** The local day number (days since 1970-01-01) of an instant in a zone. */
export function localDayOf(zone: string, at: number): number {
  return Math.floor((at + offsetAt(zone, at)) / DAY_MS);
}

/**
 * The instant a local wall time (`day` number, `seconds` after midnight) happens in a zone: its
 * first occurrence when clocks fall back, and the transition itself when it falls in a
 * spring-forward gap (the calendar engine opens an interval starting in a gap the same way).
 */
export function instantOfWallTime(zone: string, day: number, seconds: number): number {
  const wall = day * DAY_MS + seconds * 1000;
  const segments = segmentsAround(zone, wall);
  let previous: OffsetSegment | undefined;
  for (const segment of segments) {
    const at = wall - segment.offset;
    if (at >= segment.start && at < segment.end) return at;
    if (at < segment.start && previous !== undefined && wall - previous.offset >= previous.end) {
      return segment.start;
    }
    previous = segment;
  }
  return wall - offsetAt(zone, wall);
}

/** `YYYY-MM-DD` of a day number (the inverse of time.ts `parseLocalDate`). */
export function formatLocalDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
