import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { type Calendar, compileCalendar } from './calendar.js';

/**
 * Property tests against a deliberately simple reference: the open state of every UTC minute,
 * read from the wall clock that `Intl` gives for that minute. The engine must agree with it
 * on random calendars in zones with unusual DST, and keep its own algebraic invariants.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const dayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Zones and the years tested in each (São Paulo had DST until 2019; Kathmandu moved +5:30 → +5:45 in 1986). */
const zones = [
  { zone: 'America/Santiago', from: 2014, to: 2030 },
  { zone: 'Australia/Lord_Howe', from: 2014, to: 2030 },
  { zone: 'Pacific/Chatham', from: 2014, to: 2030 },
  { zone: 'Asia/Kathmandu', from: 1985, to: 1988 },
  { zone: 'Europe/Madrid', from: 2014, to: 2030 },
  { zone: 'America/Sao_Paulo', from: 2005, to: 2019 },
] as const;

// ---------- the reference ----------

const formatters = new Map<string, Intl.DateTimeFormat>();
const canadian = /^(\d{4})-(\d{2})-(\d{2}), (\d{2}):(\d{2})$/;
/** Wall-clock minutes (as if UTC) of a UTC minute in a zone, from Intl ("2026-03-29, 03:00"). */
function wallMinute(zone: string, utcMinute: number): number {
  const options = {
    timeZone: zone,
    hourCycle: 'h23',
    dateStyle: 'short',
    timeStyle: 'short',
  } as const;
  const fmt = formatters.get(zone) ?? new Intl.DateTimeFormat('en-CA', options);
  formatters.set(zone, fmt);
  const [, y, mo, d, h, mi] = (canadian.exec(fmt.format(utcMinute * MINUTE)) ?? []).map(Number);
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi) / MINUTE;
}

type Pair = [number, number]; // minutes of the day; end > 1440 for overnight
interface RefCalendar {
  zone: string;
  week: Pair[][];
  holidays: Set<number>;
  overrides: Map<number, Pair[]>;
}

/** Open state of each UTC minute in [first, first + count). */
function referenceMinutes(cal: RefCalendar, first: number, count: number): Uint8Array {
  const open = new Uint8Array(count);
  const pairsOf = (day: number) =>
    cal.overrides.get(day) ??
    (cal.holidays.has(day) ? [] : (cal.week[new Date(day * DAY).getUTCDay()] ?? []));
  let offset = 0;
  for (let i = 0; i < count; i++) {
    // Every offset and transition in these zones is a multiple of 15 minutes.
    if (i === 0 || (first + i) % 15 === 0) offset = wallMinute(cal.zone, first + i) - (first + i);
    const wall = first + i + offset;
    const day = Math.floor(wall / 1440);
    const minute = wall - day * 1440;
    const today = pairsOf(day).some(([s, e]) => s <= minute && minute < e);
    const overnight = pairsOf(day - 1).some(([s, e]) => s <= minute + 1440 && minute + 1440 < e);
    open[i] = today || overnight ? 1 : 0;
  }
  return open;
}

// ---------- generators ----------

const special = [0, 60, 120, 150, 165, 180, 225, 240, 1380, 1410, 1425, 1440];
const minuteOfDay = fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.constantFrom(...special));

/** 0–3 non-overlapping intervals for one day, the last one sometimes overnight. */
const dayPairs: fc.Arbitrary<Pair[]> = fc
  .tuple(fc.uniqueArray(minuteOfDay, { maxLength: 6 }), fc.boolean(), fc.nat(1439))
  .map(([points, overnight, end]) => {
    const sorted = [...points].sort((a, b) => a - b);
    const pairs: Pair[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i] ?? 0, sorted[i + 1] ?? 0]);
    const last = pairs[pairs.length - 1];
    if (overnight && last !== undefined && last[0] > 0) last[1] = 1440 + (end % last[0]);
    return pairs;
  });

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60) % 25).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const toSpecPairs = (pairs: Pair[]) =>
  pairs.map(([s, e]) => [hhmm(s), hhmm(e > 1440 ? e - 1440 : e)]);
const isoDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** Days (UTC-midnight day numbers) on which each zone's offset changes, found by a daily scan. */
const transitionDays = new Map<string, number[]>();
function transitionsOf(zone: string, from: number, to: number): number[] {
  let days = transitionDays.get(zone);
  if (days === undefined) {
    days = [];
    const first = Date.UTC(from, 0, 1) / DAY;
    const last = Date.UTC(to, 0, 1) / DAY;
    let before = wallMinute(zone, first * 1440) - first * 1440;
    for (let day = first + 1; day < last; day++) {
      const offset = wallMinute(zone, day * 1440) - day * 1440;
      if (offset !== before) days.push(day - 1);
      before = offset;
    }
    transitionDays.set(zone, days);
  }
  return days;
}

const WINDOW_DAYS = 8;
const calendarCase = fc
  .record({
    where: fc.constantFrom(...zones),
    pick: fc.nat(),
    nearTransition: fc.boolean(),
    shift: fc.integer({ min: -4, max: -1 }),
    week: fc.array(dayPairs, { minLength: 7, maxLength: 7 }),
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: WINDOW_DAYS + 1 }), { maxLength: 3 }),
    overrides: fc.array(fc.tuple(fc.integer({ min: -1, max: WINDOW_DAYS + 1 }), dayPairs), {
      maxLength: 3,
    }),
  })
  .map(({ where, pick, nearTransition, shift, week, holidays, overrides }) => {
    const transitions = transitionsOf(where.zone, where.from, where.to);
    const firstDay = Date.UTC(where.from, 0, 1) / DAY;
    const lastDay = Date.UTC(where.to, 0, 1) / DAY - WINDOW_DAYS - 2;
    const anchor =
      nearTransition && transitions.length > 0
        ? (transitions[pick % transitions.length] ?? firstDay) + shift
        : firstDay + 2 + (pick % (lastDay - firstDay));
    const ref: RefCalendar = {
      zone: where.zone,
      week,
      holidays: new Set(holidays.map((d) => anchor + d)),
      overrides: new Map(overrides.map(([d, pairs]) => [anchor + d, pairs])),
    };
    const spec = {
      timeZone: where.zone,
      week: Object.fromEntries(week.map((pairs, i) => [dayNames[i], toSpecPairs(pairs)])),
      holidays: [...ref.holidays].map(isoDate),
      overrides: Object.fromEntries(
        [...ref.overrides].map(([d, pairs]) => [isoDate(d), toSpecPairs(pairs)]),
      ),
    };
    return { ref, spec, firstMinute: anchor * 1440, minutes: WINDOW_DAYS * 1440 };
  });

// ---------- properties ----------

describe('the engine equals a minute-by-minute Intl reference (random calendars, unusual DST)', () => {
  it('between, isOpen, nextOpen and add agree with the reference', () => {
    fc.assert(
      fc.property(
        calendarCase,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: -3000, max: 3000 })), {
          minLength: 8,
          maxLength: 8,
        }),
        ({ ref, spec, firstMinute, minutes }, probes) => {
          const cal = compileCalendar(spec);
          const open = referenceMinutes(ref, firstMinute, minutes);
          const prefix = new Int32Array(minutes + 1);
          for (let i = 0; i < minutes; i++) prefix[i + 1] = (prefix[i] ?? 0) + (open[i] ?? 0);
          const at = (i: number) => (firstMinute + i) * MINUTE;
          for (const [p, q, s] of probes) {
            const [a, b] = [p % minutes, q % minutes];
            expect(cal.between(at(a), at(b))).toBe(((prefix[b] ?? 0) - (prefix[a] ?? 0)) * 60);
            expect(cal.isOpen(at(a) + 30_000)).toBe(open[a] === 1);
            const nextOpen = open.indexOf(1, a);
            if (nextOpen >= 0) expect(cal.nextOpen(at(a))).toBe(at(nextOpen));
            // Exactly the open time up to b: lands on closing (or, backward, opening) edges.
            for (const seconds of [s * 60 + (s % 60), ((prefix[b] ?? 0) - (prefix[a] ?? 0)) * 60]) {
              const added = referenceAdd(open, a, seconds);
              if (added !== undefined)
                expect(cal.add(at(a), seconds)).toBe(firstMinute * MINUTE + added);
            }
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});

/** The reference `add`, in ms after the window start, or undefined if it leaves the window. */
function referenceAdd(open: Uint8Array, fromMinute: number, seconds: number): number | undefined {
  let left = Math.abs(seconds);
  if (left === 0) return fromMinute * MINUTE;
  if (seconds > 0) {
    for (let m = fromMinute; m < open.length; m++) {
      if (open[m] !== 1) continue;
      if (left <= 60) return m * MINUTE + left * 1000;
      left -= 60;
    }
    return undefined;
  }
  for (let m = fromMinute - 1; m >= 0; m--) {
    if (open[m] !== 1) continue;
    if (left <= 60) return (m + 1) * MINUTE - left * 1000;
    left -= 60;
  }
  return undefined;
}

/** `add`, or undefined when the result would leave the supported years (a rule_violation). */
function addWithinRange(cal: Calendar, at: number, seconds: number): number | undefined {
  try {
    return cal.add(at, seconds);
  } catch (error) {
    if (error instanceof DomainError && /outside the supported years/.test(error.message))
      return undefined;
    throw error;
  }
}

describe('algebraic invariants over decades (random calendars, instants to the second)', () => {
  const instant = fc
    .integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2035, 0, 1) / 1000 })
    .map((s) => s * 1000);
  const openCalendar = calendarCase.filter(({ ref }) => ref.week.some((pairs) => pairs.length > 0));
  const duration = fc.integer({ min: -20_000_000, max: 20_000_000 });

  it('between(a,b) + between(b,c) = between(a,c) and between(a,b) = -between(b,a)', () => {
    fc.assert(
      fc.property(openCalendar, instant, instant, instant, ({ spec }, a, b, c) => {
        const cal = compileCalendar(spec);
        expect(cal.between(a, b) + cal.between(b, c)).toBe(cal.between(a, c));
        expect(cal.between(a, b)).toBe(0 - cal.between(b, a));
      }),
      { numRuns: 150 },
    );
  });

  it('between(a, add(a, s)) = s, and add lands on the edge it should (earliest / latest)', () => {
    fc.assert(
      fc.property(openCalendar, instant, duration, ({ spec }, a, s) => {
        const cal = compileCalendar(spec);
        const t = addWithinRange(cal, a, s);
        fc.pre(t !== undefined); // a sparse calendar can push the result past 2199
        expect(cal.between(a, t)).toBe(s);
        if (s > 0) expect(cal.isOpen(t - 1)).toBe(true);
        if (s < 0) expect(cal.isOpen(t)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('isOpen(x) iff nextOpen(x) = x, and nothing is open between x and nextOpen(x)', () => {
    fc.assert(
      fc.property(openCalendar, instant, ({ spec }, x) => {
        const cal = compileCalendar(spec);
        const next = cal.nextOpen(x);
        expect(cal.isOpen(x)).toBe(next === x);
        expect(cal.isOpen(next)).toBe(true);
        expect(cal.between(x, next)).toBe(0);
        const close = cal.nextClose(next);
        if (close !== null) {
          expect(cal.isOpen(close)).toBe(false);
          expect(cal.between(next, close)).toBe((close - next) / 1000);
        }
      }),
      { numRuns: 150 },
    );
  });
});
