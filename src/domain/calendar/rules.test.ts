import { describe, expect, it } from 'vitest';
import { buildCalendarSpec, officeHours } from '../../../test/factories/calendar.js';
import { DomainError } from '../errors.js';
import { compileCalendar } from './calendar.js';
import { formatInstant, parseInstant } from './instant.js';
import { CHUNK_MS } from './time.js';

/** One test per rule of calendar-format.md; instants are written in local time with offsets. */
const t = (iso: string) => parseInstant(iso, 'at');
const iso = formatInstant;
const hours = (h: number) => h * 3600;
const office = officeHours;
const madridOffice = compileCalendar(buildCalendarSpec());
const utc = (week: Record<string, [string, string][]>, extra: object = {}) =>
  compileCalendar({ timeZone: 'UTC', week, ...extra });
const sundays = (zone: string, interval: [string, string]) =>
  compileCalendar({ timeZone: zone, week: { sun: [interval] } });
const whole = (from: string, to: string): [number, number] => [t(from), t(to)];
const intervalsOf = (cal: ReturnType<typeof compileCalendar>, from: string, to: string) =>
  cal.openIntervals(t(from), t(to)).map(({ start, end }) => `${iso(start)}/${iso(end)}`);

describe('timeZone: times of day are local wall time in the zone', () => {
  it.each([
    ['winter (CET, +01:00)', '2026-01-12T00:00:00Z', '2026-01-12T07:00:00Z'],
    ['summer (CEST, +02:00)', '2026-07-13T00:00:00Z', '2026-07-13T06:00:00Z'],
  ])('08:00 in Madrid in %s', (_season, from, opens) => {
    expect(iso(madridOffice.nextOpen(t(from)))).toBe(opens);
  });
});

describe('week: [start, end) intervals per day', () => {
  it('a missing day is closed', () => {
    expect(
      madridOffice.between(...whole('2026-03-07T00:00:00+01:00', '2026-03-09T00:00:00+01:00')),
    ).toBe(0);
  });
  it('HH:MM:SS times are allowed', () => {
    const cal = utc({ mon: [['08:00:30', '08:01:15']] });
    expect(cal.between(...whole('2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z'))).toBe(45);
  });
  it('end 24:00 is the start of the next local day, so it joins the next day at midnight', () => {
    const cal = utc({ mon: [['20:00', '24:00']], tue: [['00:00', '02:00']] });
    expect(intervalsOf(cal, '2026-03-02T00:00:00Z', '2026-03-04T00:00:00Z')).toEqual([
      '2026-03-02T20:00:00Z/2026-03-03T02:00:00Z',
    ]);
  });
});

describe('overnight: an interval whose end is before its start crosses midnight', () => {
  const night = { thu: [['22:00', '06:00']] as [string, string][] };
  it('runs from 22:00 to 06:00 the next day', () => {
    expect(intervalsOf(utc(night), '2026-03-05T00:00:00Z', '2026-03-07T00:00:00Z')).toEqual([
      '2026-03-05T22:00:00Z/2026-03-06T06:00:00Z',
    ]);
  });
  it('belongs to its start day: a holiday on the start day suppresses it', () => {
    const cal = utc(night, { holidays: ['2026-03-05'] });
    expect(cal.between(...whole('2026-03-05T00:00:00Z', '2026-03-07T00:00:00Z'))).toBe(0);
  });
  it('belongs to its start day: a holiday on the next day does not cut it', () => {
    const cal = utc(night, { holidays: ['2026-03-06'] });
    expect(cal.between(...whole('2026-03-05T00:00:00Z', '2026-03-07T00:00:00Z'))).toBe(hours(8));
  });
  it('runs into the next day’s intervals: open during their union (format example thu/fri)', () => {
    const cal = compileCalendar({
      timeZone: 'Europe/Madrid',
      week: { thu: [['22:00', '06:00']], fri: [['00:00', '24:00']] },
    });
    expect(iso(cal.nextClose(t('2026-03-05T23:00:00+01:00')) ?? 0)).toBe('2026-03-06T23:00:00Z');
    expect(intervalsOf(cal, '2026-03-05T00:00:00Z', '2026-03-08T00:00:00Z')).toEqual([
      '2026-03-05T21:00:00Z/2026-03-06T23:00:00Z',
    ]);
  });
  it('an override of the next day does not remove the overnight part coming from the day before', () => {
    const cal = utc(night, { overrides: { '2026-03-06': [] } });
    expect(cal.isOpen(t('2026-03-06T05:00:00Z'))).toBe(true);
  });
});

describe('holidays and overrides', () => {
  const cal = (extra: object) =>
    compileCalendar({ timeZone: 'Europe/Madrid', week: { thu: office, fri: office }, ...extra });
  const christmasEveToBoxingDay = whole('2026-12-24T00:00:00+01:00', '2026-12-26T00:00:00+01:00');
  it('holidays: intervals that start on a holiday do not open', () => {
    expect(cal({ holidays: ['2026-12-24'] }).between(...christmasEveToBoxingDay)).toBe(hours(8));
  });
  it('overrides replace the weekly intervals of their date', () => {
    const half = cal({ overrides: { '2026-12-24': [['08:00', '12:00']] } });
    expect(half.between(...christmasEveToBoxingDay)).toBe(hours(12));
  });
  it('an empty override closes the date', () => {
    expect(cal({ overrides: { '2026-12-24': [] } }).between(...christmasEveToBoxingDay)).toBe(
      hours(8),
    );
  });
  it('an override wins over a holiday on the same date (explicit and regional)', () => {
    const open = { overrides: { '2026-12-25': [['10:00', '11:00']] } };
    expect(cal({ ...open, holidays: ['2026-12-25'] }).between(...christmasEveToBoxingDay)).toBe(
      hours(9),
    );
    const regional = { ...open, holidayRegions: [{ country: 'ES' }] };
    expect(cal(regional).between(...christmasEveToBoxingDay)).toBe(hours(9));
  });
  it('an override may open a day the week leaves closed', () => {
    const saturday = cal({ overrides: { '2026-12-26': [['09:00', '10:00']] } });
    expect(
      saturday.between(...whole('2026-12-26T00:00:00+01:00', '2026-12-27T00:00:00+01:00')),
    ).toBe(3600);
  });
});

describe('holidayRegions: public holidays of a country and region (date-holidays, type public)', () => {
  const everyDay = Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['09:00', '17:00']]]),
  );
  const madrid = compileCalendar({
    timeZone: 'Europe/Madrid',
    week: everyDay,
    holidayRegions: [{ country: 'ES', region: 'MD' }],
  });
  const spain = compileCalendar({
    timeZone: 'Europe/Madrid',
    week: everyDay,
    holidayRegions: [{ country: 'ES' }],
  });
  const openOn = (cal: typeof madrid, date: string) => cal.isOpen(t(`${date}T12:00:00+02:00`));
  it.each([
    ['2026-05-02', 'Día de la Comunidad de Madrid (regional, public)', false, true],
    ['2026-11-02', 'Todos los Santos moved to Monday (public substitute)', false, true],
    ['2026-05-01', 'Día del Trabajador (national)', false, false],
    ['2026-05-15', 'an ordinary Friday', true, true],
  ])('ES-MD 2026: %s %s', (date, _name, inMadrid, inSpain) => {
    expect(openOn(madrid, date)).toBe(inMadrid);
    expect(openOn(spain, date)).toBe(inSpain);
  });
  it('ES-MD 2026: Nov 9 (Almudena) and May 16 (San Isidro) are city observances, so they stay open', () => {
    expect(madrid.isOpen(t('2026-11-09T12:00:00+01:00'))).toBe(true);
    expect(openOn(madrid, '2026-05-16')).toBe(true);
  });
  it('CL: Holy Saturday is a public holiday (added locally; the library lacks it)', () => {
    const chile = compileCalendar({
      timeZone: 'America/Santiago',
      week: everyDay,
      holidayRegions: [{ country: 'CL' }],
    });
    expect(chile.isOpen(t('2026-04-04T12:00:00-03:00'))).toBe(false);
    expect(chile.isOpen(t('2025-04-19T12:00:00-04:00'))).toBe(false);
    expect(chile.isOpen(t('2025-12-31T12:00:00-03:00'))).toBe(true); // a bank holiday, not public
  });
});

describe('spring forward: wall times that do not exist are not open (Madrid 2026-03-29, 02:00→03:00)', () => {
  it.each([
    [
      'an interval over the gap is an hour shorter',
      ['01:00', '05:00'],
      hours(3),
      ['2026-03-29T00:00:00Z/2026-03-29T03:00:00Z'],
    ],
    [
      'a start in the gap opens at the transition',
      ['02:30', '06:00'],
      hours(3),
      ['2026-03-29T01:00:00Z/2026-03-29T04:00:00Z'],
    ],
    [
      'an end in the gap closes at the transition',
      ['00:00', '02:30'],
      hours(2),
      ['2026-03-28T23:00:00Z/2026-03-29T01:00:00Z'],
    ],
    ['an interval wholly in the gap is empty', ['02:00', '03:00'], 0, []],
  ] as const)('%s', (_rule, interval, seconds, intervals) => {
    const cal = sundays('Europe/Madrid', [...interval]);
    const day = whole('2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z');
    expect(cal.between(...day)).toBe(seconds);
    expect(intervalsOf(cal, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toEqual(intervals);
  });
  it('a 30-minute gap (Lord Howe, 2026-10-04 02:00→02:30) shortens an interval by 30 minutes', () => {
    const cal = sundays('Australia/Lord_Howe', ['02:00', '03:00']);
    expect(cal.between(...whole('2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z'))).toBe(1800);
  });
});

describe('fall back: wall times that occur twice are open both times (Madrid 2026-10-25, 03:00→02:00)', () => {
  it.each([
    [
      'an interval over the overlap is an hour longer',
      ['01:00', '05:00'],
      hours(5),
      ['2026-10-24T23:00:00Z/2026-10-25T04:00:00Z'],
    ],
    [
      'an interval wholly in the overlap opens both passes',
      ['02:00', '03:00'],
      hours(2),
      ['2026-10-25T00:00:00Z/2026-10-25T02:00:00Z'],
    ],
    [
      'a start in the overlap: first pass from the start, second pass from the start again',
      ['02:30', '05:00'],
      hours(3),
      ['2026-10-25T00:30:00Z/2026-10-25T01:00:00Z', '2026-10-25T01:30:00Z/2026-10-25T04:00:00Z'],
    ],
    [
      'an end in the overlap: closed after its first occurrence, open again on the second pass',
      ['00:00', '02:30'],
      hours(3),
      ['2026-10-24T22:00:00Z/2026-10-25T00:30:00Z', '2026-10-25T01:00:00Z/2026-10-25T01:30:00Z'],
    ],
  ] as const)('%s', (_rule, interval, seconds, intervals) => {
    const cal = sundays('Europe/Madrid', [...interval]);
    expect(cal.between(...whole('2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z'))).toBe(seconds);
    expect(intervalsOf(cal, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z')).toEqual(intervals);
  });
  it('a 30-minute overlap (Lord Howe, 2026-04-05 02:00→01:30) lengthens an interval by 30 minutes', () => {
    const cal = sundays('Australia/Lord_Howe', ['01:00', '03:00']);
    expect(cal.between(...whole('2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z'))).toBe(hours(2.5));
  });
  it('24/7 in a DST zone counts real elapsed time (a 23-hour and a 25-hour day)', () => {
    const always = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
    );
    const cal = compileCalendar({ timeZone: 'Europe/Madrid', week: always });
    expect(cal.between(...whole('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00'))).toBe(
      hours(23),
    );
    expect(cal.between(...whole('2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00'))).toBe(
      hours(25),
    );
  });
});

describe('add(at, seconds)', () => {
  it.each([
    [
      'work ending exactly at closing time ends at closing time, not at the next opening',
      '2026-03-02T08:00:00+01:00',
      4,
      '2026-03-02T11:00:00Z',
    ],
    [
      'closing-time edge on a Friday evening stays on Friday',
      '2026-03-06T16:00:00+01:00',
      2,
      '2026-03-06T17:00:00Z',
    ],
    ['skips the lunch break and the night', '2026-03-02T10:00:00+01:00', 8, '2026-03-03T09:00:00Z'],
    [
      'skips the weekend (40 hours is a working week)',
      '2026-03-02T10:00:00+01:00',
      40,
      '2026-03-09T09:00:00Z',
    ],
    [
      'starting while closed counts from the next opening',
      '2026-03-07T10:00:00+01:00',
      1,
      '2026-03-09T08:00:00Z',
    ],
    [
      'backward: latest instant, so ending exactly at an opening time gives that opening',
      '2026-03-03T10:00:00+01:00',
      -2,
      '2026-03-03T07:00:00Z',
    ],
    ['backward over the night', '2026-03-03T09:00:00+01:00', -2, '2026-03-02T16:00:00Z'],
    ['backward over the weekend', '2026-03-09T08:00:00+01:00', -1, '2026-03-06T16:00:00Z'],
    [
      'zero is `at` itself, even when closed',
      '2026-03-07T10:00:00+01:00',
      0,
      '2026-03-07T09:00:00Z',
    ],
  ])('%s', (_rule, at, h, expected) => {
    expect(iso(madridOffice.add(t(at), hours(h)))).toBe(expected);
  });
  it('rejects durations that are not whole seconds', () => {
    expect(() => madridOffice.add(t('2026-03-02T08:00:00Z'), 1.5)).toThrow(/whole number/);
  });
});

describe('between(from, to)', () => {
  it('counts open seconds and is negative when to < from', () => {
    const [mon, tue] = whole('2026-03-02T10:00:00+01:00', '2026-03-03T10:00:00+01:00');
    expect(madridOffice.between(mon, tue)).toBe(hours(8));
    expect(madridOffice.between(tue, mon)).toBe(-hours(8));
    expect(Object.is(madridOffice.between(tue, tue), 0)).toBe(true);
  });
  it('is exact across the internal 400-day chunk edges of the engine', () => {
    const cal = compileCalendar({
      timeZone: 'UTC',
      week: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
      ),
    });
    const edge = 52 * CHUNK_MS;
    expect(cal.between(edge - 86_400_000, edge + 86_400_000)).toBe(hours(48));
    expect(cal.nextClose(edge - 1000)).toBeNull();
    expect(cal.openIntervals(edge - 1000, edge + 1000)).toEqual([
      { start: edge - 1000, end: edge + 1000 },
    ]);
  });
});

describe('isOpen / nextOpen / nextClose', () => {
  it.each([
    ['the start of an interval is open', '2026-03-02T08:00:00+01:00', true, '2026-03-02T07:00:00Z'],
    [
      'the end of an interval is closed',
      '2026-03-02T12:00:00+01:00',
      false,
      '2026-03-02T13:00:00Z',
    ],
    ['a second before the end is open', '2026-03-02T11:59:59+01:00', true, '2026-03-02T10:59:59Z'],
    [
      'Friday after closing waits for Monday',
      '2026-03-06T18:00:00+01:00',
      false,
      '2026-03-09T07:00:00Z',
    ],
  ])('%s', (_rule, at, open, next) => {
    expect(madridOffice.isOpen(t(at))).toBe(open);
    expect(iso(madridOffice.nextOpen(t(at)))).toBe(next);
  });
  it('nextClose is the end of the current interval, or of the next one when closed', () => {
    expect(iso(madridOffice.nextClose(t('2026-03-02T09:00:00+01:00')) ?? 0)).toBe(
      '2026-03-02T11:00:00Z',
    );
    expect(iso(madridOffice.nextClose(t('2026-03-02T12:30:00+01:00')) ?? 0)).toBe(
      '2026-03-02T17:00:00Z',
    );
  });
});

describe('guard: a calendar without open time never loops', () => {
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof DomainError ? `${error.code}: ${error.message}` : 'other';
    }
    return 'no error';
  };
  it.each([
    ['all days closed', { timeZone: 'UTC', week: {} }],
    [
      'only a far-away override',
      { timeZone: 'UTC', week: {}, overrides: { '2150-01-01': [['09:00', '10:00']] } },
    ],
  ])('%s', (_name, spec) => {
    const cal = compileCalendar(spec);
    const at = t('2026-03-02T00:00:00Z');
    expect(code(() => cal.add(at, 60))).toMatch(
      /^rule_violation: the calendar (is never open|has no open time within 50 years after 2026-03-02T00:00:00Z)$/,
    );
    expect(code(() => cal.add(at, -60))).toMatch(/^rule_violation/);
    expect(code(() => cal.nextOpen(at))).toMatch(/^rule_violation/);
    expect(cal.nextClose(at)).toBeNull();
    expect(cal.between(at, t('2027-03-02T00:00:00Z'))).toBe(0);
  });
  it('instants outside 1900–2199 are invalid input', () => {
    expect(code(() => madridOffice.isOpen(Date.UTC(2200, 0, 1)))).toMatch(/^invalid_input/);
    expect(code(() => madridOffice.isOpen(Number.NaN))).toMatch(/^invalid_input/);
  });
});
