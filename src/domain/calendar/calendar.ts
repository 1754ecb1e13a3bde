/**
 * `compileCalendar`: a validated spec becomes a {@link Calendar} whose operations cost a
 * binary search in a lazily built chunk (see chunk.ts), never a walk over days.
 * Instants are epoch milliseconds; durations are whole seconds.
 */
import { DomainError } from '../errors.js';
import {
  buildChunk,
  type Chunk,
  countAtMost,
  countBelow,
  emptyChunk,
  instantAt,
  openBefore,
  type Rules,
  type Span,
} from './chunk.js';
import { calendarError } from './errors.js';
import { formatInstant, SUPPORTED_FROM_MS, SUPPORTED_TO_MS } from './instant.js';
import { type CalendarSpec, parseCalendarSpec } from './spec.js';
import { CHUNK_MS, DAY_SECONDS, dayKeys, parseLocalDate, parseTimeOfDay } from './time.js';

/** An open stretch `[start, end)` in epoch ms, as the UI draws it. */
export interface OpenInterval {
  readonly start: number;
  readonly end: number;
}

/** A compiled business calendar; every instant is epoch ms in 1900–2199. */
export interface Calendar {
  /** calendar-format.md `add`: `seconds` (a whole number) of open time after (or before) `at`. */
  add(at: number, seconds: number): number;
  /** Open seconds in `[from, to]`, negative when `to < from` (fractional only for ms instants). */
  between(from: number, to: number): number;
  /** Whether `at` is open (interval start included, end excluded). */
  isOpen(at: number): boolean;
  /** `at` if open, else the start of the next open interval. */
  nextOpen(at: number): number;
  /** The end of the open interval containing `at` (or of the next one); null if none within 50 years. */
  nextClose(at: number): number | null;
  /** The maximal open intervals intersected with `[from, to)`, in order. */
  openIntervals(from: number, to: number): OpenInterval[];
}

/** Searches for open time give up after this many chunks (400 days each): 50 years. */
const SEARCH_CHUNKS = Math.ceil((50 * 365.25) / 400);
const FIRST_CHUNK = Math.floor(SUPPORTED_FROM_MS / CHUNK_MS);
const LAST_CHUNK = Math.floor((SUPPORTED_TO_MS - 1) / CHUNK_MS);

function checkInstant(at: number): void {
  if (!(at >= SUPPORTED_FROM_MS && at < SUPPORTED_TO_MS)) {
    const shown = Number.isFinite(at) ? formatInstant(at) : String(at);
    throw new DomainError('invalid_input', `${shown} is outside the supported years 1900–2199`);
  }
}

function outOfRange(): DomainError {
  return calendarError(
    'outside_supported_years',
    { from: 1900, to: 2199 },
    'the result lies outside the supported years 1900–2199',
  );
}

function noOpenTime(at: number, direction: 'after' | 'before'): DomainError {
  const when = formatInstant(at);
  return calendarError(
    direction === 'after' ? 'no_open_time_after' : 'no_open_time_before',
    { at: when, years: 50 },
    `the calendar has no open time within 50 years ${direction} ${when}`,
  );
}

class ChunkedCalendar implements Calendar {
  readonly #rules: Rules;
  readonly #neverOpen: boolean;
  readonly #chunks = new Map<number, Chunk>();
  #last: Chunk = emptyChunk;

  constructor(rules: Rules) {
    this.#rules = rules;
    const spans = [...rules.week, ...rules.overrides.values()];
    this.#neverOpen = spans.every((list) => list.length === 0);
  }

  #chunk(k: number): Chunk {
    let chunk = this.#chunks.get(k);
    if (chunk === undefined) {
      chunk = buildChunk(this.#rules, k);
      this.#chunks.set(k, chunk);
    }
    this.#last = chunk;
    return chunk;
  }

  /** The chunk containing `t` (already range-checked). */
  #at(t: number): Chunk {
    const last = this.#last;
    if (t >= last.lo && t < last.hi) return last;
    return this.#chunk(Math.floor(t / CHUNK_MS));
  }

  /** The neighbouring chunk (`step` ±1), or undefined outside the supported range. */
  #step(chunk: Chunk, step: 1 | -1): Chunk | undefined {
    const k = chunk.lo / CHUNK_MS + step;
    return k >= FIRST_CHUNK && k <= LAST_CHUNK ? this.#chunk(k) : undefined;
  }

  add(at: number, seconds: number): number {
    checkInstant(at);
    if (!Number.isSafeInteger(seconds)) {
      throw new DomainError(
        'invalid_input',
        `seconds must be a whole number, got ${seconds}`,
        'seconds',
      );
    }
    if (seconds === 0) return at;
    if (this.#neverOpen) throw calendarError('never_open', {}, 'the calendar is never open');
    const result =
      seconds > 0 ? this.#forward(at, seconds * 1000) : this.#backward(at, -seconds * 1000);
    if (result < SUPPORTED_FROM_MS || result >= SUPPORTED_TO_MS) throw outOfRange();
    return result;
  }

  /** Earliest t ≥ at with `ms` open in [at, t]: the first interval whose cumulative end reaches it. */
  #forward(at: number, ms: number): number {
    let chunk: Chunk | undefined = this.#at(at);
    let target = openBefore(chunk, at) + ms;
    let empty = 0;
    while (target > chunk.total) {
      target -= chunk.total;
      empty = chunk.total === 0 ? empty + 1 : 0;
      if (empty > SEARCH_CHUNKS) throw noOpenTime(at, 'after');
      chunk = this.#step(chunk, 1);
      if (chunk === undefined) throw outOfRange();
    }
    return instantAt(chunk, countBelow(chunk.cumEnd, chunk.count, target), target);
  }

  /** Latest t ≤ at with `ms` open in [t, at]: the first interval whose cumulative end passes it. */
  #backward(at: number, ms: number): number {
    let chunk: Chunk | undefined = this.#at(at);
    let target = openBefore(chunk, at) - ms;
    let empty = 0;
    while (target < 0) {
      empty = chunk.total === 0 ? empty + 1 : 0;
      if (empty > SEARCH_CHUNKS) throw noOpenTime(at, 'before');
      chunk = this.#step(chunk, -1);
      if (chunk === undefined) throw outOfRange();
      target += chunk.total;
    }
    return instantAt(chunk, countAtMost(chunk.cumEnd, chunk.count, target), target);
  }

  between(from: number, to: number): number {
    checkInstant(from);
    checkInstant(to);
    // `0 - x` rather than `-x`, so an empty span gives 0 and never -0.
    return to < from ? 0 - this.#openMs(to, from) / 1000 : this.#openMs(from, to) / 1000;
  }

  #openMs(from: number, to: number): number {
    let chunk = this.#at(from);
    if (to <= chunk.hi) return openBefore(chunk, to) - openBefore(chunk, from);
    let ms = chunk.total - openBefore(chunk, from);
    for (chunk = this.#at(chunk.hi); to > chunk.hi; chunk = this.#at(chunk.hi)) ms += chunk.total;
    return ms + openBefore(chunk, to);
  }

  isOpen(at: number): boolean {
    checkInstant(at);
    const chunk = this.#at(at);
    const i = countAtMost(chunk.starts, chunk.count, at) - 1;
    return i >= 0 && at < (chunk.ends[i] ?? at);
  }

  nextOpen(at: number): number {
    checkInstant(at);
    if (this.isOpen(at)) return at;
    if (this.#neverOpen) throw calendarError('never_open', {}, 'the calendar is never open');
    const next = this.#nextInterval(at);
    if (next === undefined) throw noOpenTime(at, 'after');
    return next[0].starts[next[1]] ?? at;
  }

  /** The first interval starting after `at`, as (chunk, index); undefined if none within 50 years. */
  #nextInterval(at: number): [Chunk, number] | undefined {
    let chunk: Chunk | undefined = this.#at(at);
    let i = countAtMost(chunk.starts, chunk.count, at);
    for (let walked = 0; i >= chunk.count; walked++) {
      chunk = walked < SEARCH_CHUNKS ? this.#step(chunk, 1) : undefined;
      if (chunk === undefined) return undefined;
      i = 0;
    }
    return [chunk, i];
  }

  nextClose(at: number): number | null {
    checkInstant(at);
    if (this.#neverOpen) return null;
    let chunk: Chunk | undefined = this.#at(at);
    let i = countAtMost(chunk.starts, chunk.count, at) - 1;
    if (!(i >= 0 && at < (chunk.ends[i] ?? at))) {
      const next = this.#nextInterval(at);
      if (next === undefined) return null;
      [chunk, i] = next;
    }
    let end = chunk.ends[i] ?? at;
    // An interval clipped at a chunk edge continues if the next chunk opens right there.
    for (let walked = 0; end === chunk.hi; walked++) {
      chunk = walked < SEARCH_CHUNKS ? this.#step(chunk, 1) : undefined;
      if (chunk === undefined) return null;
      if (chunk.count === 0 || chunk.starts[0] !== end) break;
      end = chunk.ends[0] ?? end;
    }
    return end;
  }

  openIntervals(from: number, to: number): OpenInterval[] {
    checkInstant(from);
    checkInstant(to);
    const out: { start: number; end: number }[] = [];
    for (let chunk = this.#at(from); chunk.lo < to; chunk = this.#at(chunk.hi)) {
      for (let i = countAtMost(chunk.ends, chunk.count, from); i < chunk.count; i++) {
        const start = Math.max(chunk.starts[i] ?? to, from);
        const end = Math.min(chunk.ends[i] ?? to, to);
        if (start >= end) break;
        const last = out[out.length - 1];
        if (last !== undefined && last.end === start) last.end = end;
        else out.push({ start, end });
      }
      if (chunk.hi >= to) break;
    }
    return out;
  }
}

function spansOf(list: readonly (readonly [string, string])[]): Span[] {
  return list.map(([startText, endText]) => {
    const start = parseTimeOfDay(startText) ?? 0;
    const end = parseTimeOfDay(endText) ?? 0;
    return [start * 1000, (end < start ? end + DAY_SECONDS : end) * 1000];
  });
}

function rulesOf(spec: CalendarSpec): Rules {
  const days = (dates: readonly string[]) =>
    dates.map(parseLocalDate).filter((d) => d !== undefined);
  const overrides = Object.entries(spec.overrides ?? {}).flatMap(([date, list]) =>
    days([date]).map((day) => [day, spansOf(list)] as const),
  );
  return {
    zone: spec.timeZone,
    week: dayKeys.map((key) => spansOf(spec.week[key] ?? [])),
    overrides: new Map(overrides),
    holidays: new Set(days(spec.holidays ?? [])),
    regions: (spec.holidayRegions ?? []).map(({ country, region }) => ({ country, region })),
  };
}

/**
 * Validates `spec` (same rules and errors as {@link parseCalendarSpec}) and compiles it.
 * Compiling is cheap; the open intervals are built lazily, 400 days at a time.
 */
export function compileCalendar(spec: unknown): Calendar {
  return new ChunkedCalendar(rulesOf(parseCalendarSpec(spec)));
}
