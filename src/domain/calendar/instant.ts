/**
 * Instants at the edges: ISO 8601 text with an explicit offset in, ISO UTC text out.
 * Inside the engine an instant is a number of epoch milliseconds.
 */
import { invalidInput } from '../errors.js';
import { daysInMonth, utcMs } from './time.js';

/** First supported instant (1900-01-01T00:00:00Z): older zone data is mostly local mean time. */
export const SUPPORTED_FROM_MS = Date.UTC(1900, 0, 1);

/** End (exclusive) of the supported instants (2200-01-01T00:00:00Z). */
export const SUPPORTED_TO_MS = Date.UTC(2200, 0, 1);

const isoInstant =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;
const isoLocal = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?$/;

function field(match: RegExpExecArray, group: number): number {
  return Number(match[group] ?? 0);
}

/**
 * Epoch ms of an ISO 8601 instant such as `2026-03-02T09:00:00+01:00` or `…Z`. Text without
 * an offset is rejected: a wall time alone is not an instant. Fractions beyond ms are truncated.
 */
export function parseInstant(text: unknown, path: string): number {
  if (typeof text !== 'string') throw invalidInput(path, 'expected an ISO 8601 instant string');
  const m = isoInstant.exec(text);
  if (m === null) {
    const why = isoLocal.test(text)
      ? 'has no UTC offset (add Z or ±HH:MM)'
      : 'is not an ISO 8601 instant';
    throw invalidInput(path, `${JSON.stringify(text)} ${why}`);
  }
  const year = field(m, 1);
  const month = field(m, 2);
  const day = field(m, 3);
  const hour = field(m, 4);
  const minute = field(m, 5);
  const second = field(m, 6);
  const offsetHours = field(m, 10);
  const offsetMinutes = field(m, 11);
  const valid =
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    offsetHours < 24 &&
    offsetMinutes < 60;
  if (!valid) throw invalidInput(path, `${JSON.stringify(text)} is not a valid date and time`);
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offsetMs = (m[9] === '-' ? -1 : 1) * (offsetHours * 3_600_000 + offsetMinutes * 60_000);
  const ms =
    utcMs(year, month, day) +
    hour * 3_600_000 +
    minute * 60_000 +
    second * 1000 +
    millis -
    offsetMs;
  if (ms < SUPPORTED_FROM_MS || ms >= SUPPORTED_TO_MS) {
    throw invalidInput(path, `${JSON.stringify(text)} is outside the supported years 1900–2199`);
  }
  return ms;
}

/** ISO 8601 in UTC with `Z`, e.g. `2026-03-02T08:00:00Z` (milliseconds only when not zero). */
export function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}
