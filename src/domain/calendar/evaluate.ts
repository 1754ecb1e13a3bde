/**
 * Batch evaluation of one case (a parsed JSON line of `pacta calendar eval`): pure, never
 * throws, and compiles each distinct calendar once through a {@link CalendarCache}.
 */
import { z } from 'zod';
import { DomainError, type ErrorCode } from '../errors.js';
import { type Calendar, compileCalendar } from './calendar.js';
import { formatInstant, parseInstant } from './instant.js';
import { formatPath } from './spec.js';

/** Compiled calendars (or their validation error) by canonical JSON of the spec. */
export interface CalendarCache {
  /** The compiled calendar for a raw spec; throws its DomainError (`invalid_calendar`). */
  get(spec: unknown): Calendar;
}

/** The answer to one case, in the order the fields are written. */
export type CaseResult =
  | { id: unknown; at: string }
  | { id: unknown; seconds: number }
  | { id: unknown; open: boolean }
  | { id: unknown; error: { code: ErrorCode; message: string; path: string | null } };

/** JSON with object keys sorted, so specs that differ only in key order share a cache entry. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * A cache of at most `maxEntries` calendars (oldest dropped first). Lookups first try the
 * spec's plain JSON text, then its canonical form, so repeated identical specs skip zod.
 */
export function createCalendarCache(maxEntries = 1000): CalendarCache {
  const byCanonical = new Map<string, Calendar | DomainError>();
  const byText = new Map<string, Calendar | DomainError>();
  const remember = (
    map: Map<string, Calendar | DomainError>,
    key: string,
    entry: Calendar | DomainError,
  ) => {
    if (map.size >= maxEntries) map.delete(map.keys().next().value ?? key);
    map.set(key, entry);
  };
  const compile = (spec: unknown): Calendar | DomainError => {
    try {
      return compileCalendar(spec);
    } catch (error) {
      if (error instanceof DomainError) return error;
      throw error;
    }
  };
  // the same spec object again (a batch's repeated calendar) is keyed without serialising it
  const textOf = new WeakMap<object, string>();
  return {
    get(spec) {
      const object = typeof spec === 'object' && spec !== null ? spec : null;
      let text = object && textOf.get(object);
      if (!text) {
        text = JSON.stringify(spec) ?? 'null';
        if (object) textOf.set(object, text);
      }
      let entry = byText.get(text);
      if (entry === undefined) {
        const canonical = canonicalJson(spec);
        entry = byCanonical.get(canonical) ?? compile(spec);
        remember(byCanonical, canonical, entry);
        remember(byText, text, entry);
      }
      if (entry instanceof DomainError) throw entry;
      return entry;
    },
  };
}

const whole = z.number({ error: 'expected a whole number of seconds' }).int({
  error: (issue) => `${String(issue.input)} is not a whole number of seconds`,
});
const instantText = z.string({ error: 'expected an ISO 8601 instant with offset' });

const caseSchema = z.discriminatedUnion(
  'op',
  [
    z.object({ op: z.literal('add'), at: instantText, seconds: whole }),
    z.object({ op: z.literal('between'), from: instantText, to: instantText }),
    z.object({ op: z.literal('isOpen'), at: instantText }),
    z.object({ op: z.literal('nextOpen'), at: instantText }),
  ],
  { error: 'op must be one of "add", "between", "isOpen", "nextOpen"' },
);

function run(input: Record<string, unknown>, cache: CalendarCache): CaseResult {
  const parsed = caseSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DomainError(
      'invalid_input',
      issue?.message ?? 'invalid case',
      formatPath(issue?.path ?? []),
    );
  }
  const c = parsed.data;
  const id = input.id ?? null;
  const calendar = calendarOf(input.calendar, cache);
  switch (c.op) {
    case 'add':
      return { id, at: formatInstant(calendar.add(parseInstant(c.at, 'at'), c.seconds)) };
    case 'between':
      return {
        id,
        seconds: calendar.between(parseInstant(c.from, 'from'), parseInstant(c.to, 'to')),
      };
    case 'isOpen':
      return { id, open: calendar.isOpen(parseInstant(c.at, 'at')) };
    case 'nextOpen':
      return { id, at: formatInstant(calendar.nextOpen(parseInstant(c.at, 'at'))) };
  }
}

/** Calendar errors get their path prefixed with `calendar`, so paths are relative to the case. */
function calendarOf(spec: unknown, cache: CalendarCache): Calendar {
  try {
    return cache.get(spec);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const path = error.path === undefined ? 'calendar' : `calendar.${error.path}`;
    throw new DomainError(error.code, error.message, path);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Evaluates one case: `{"id", "calendar", "op": "add"|"between"|"isOpen"|"nextOpen", …}` →
 * `{"id", "at"}` / `{"id", "seconds"}` / `{"id", "open"}` / `{"id", "error": {code, message, path}}`.
 * Never throws: unexpected failures become `invalid_input` errors.
 */
export function evaluateCase(input: unknown, cache: CalendarCache): CaseResult {
  const id = isRecord(input) ? (input.id ?? null) : null;
  try {
    if (!isRecord(input)) throw new DomainError('invalid_input', 'a case must be a JSON object');
    return run(input, cache);
  } catch (error) {
    const known = error instanceof DomainError;
    const code = known ? error.code : 'invalid_input';
    const message = error instanceof Error ? error.message : String(error);
    const path = known && error.path !== undefined && error.path !== '' ? error.path : null;
    return { id, error: { code, message, path } };
  }
}
