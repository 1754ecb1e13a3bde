import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { parseCalendarSpec } from './spec.js';

const base = { timeZone: 'Europe/Madrid', week: { mon: [['08:00', '12:00']] } };

function failure(input: unknown): { code: string; path: string | undefined; message: string } {
  try {
    parseCalendarSpec(input);
  } catch (error) {
    if (error instanceof DomainError)
      return { code: error.code, path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('parseCalendarSpec: errors are invalid_calendar and name the path', () => {
  it.each([
    [
      'a time of day must be HH:MM[:SS]',
      {
        ...base,
        week: {
          mon: [
            ['08:00', '12:00'],
            ['25:00', '18:00'],
          ],
        },
      },
      'week.mon[1][0]',
      '"25:00" is not a time of day',
    ],
    [
      'intervals of one day must not overlap',
      {
        ...base,
        week: {
          mon: [
            ['08:00', '12:00'],
            ['11:00', '18:00'],
          ],
        },
      },
      'week.mon[1]',
      'overlaps the interval 08:00–12:00 of the same day',
    ],
    [
      'an overnight interval counts for overlap on its start day',
      {
        ...base,
        week: {
          mon: [
            ['22:00', '06:00'],
            ['23:00', '23:30'],
          ],
        },
      },
      'week.mon[1]',
      'overlaps the interval 22:00–06:00 of the same day',
    ],
    [
      'override intervals must not overlap either',
      {
        ...base,
        overrides: {
          '2026-12-24': [
            ['09:00', '12:00'],
            ['08:00', '10:00'],
          ],
        },
      },
      'overrides.2026-12-24[1]',
      'overlaps the interval 09:00–12:00 of the same day',
    ],
    [
      'the time zone must be known',
      { ...base, timeZone: 'Mars/Olympus' },
      'timeZone',
      '"Mars/Olympus" is not a known time zone',
    ],
    [
      'the holiday country must be supported',
      { ...base, holidayRegions: [{ country: 'XX' }] },
      'holidayRegions[0].country',
      '"XX" is not a supported holiday country',
    ],
    [
      'the holiday region must belong to the country',
      { ...base, holidayRegions: [{ country: 'ES', region: 'ZZ' }] },
      'holidayRegions[0].region',
      /^"ZZ" is not a supported region of ES \(known: AN, .*MD/,
    ],
    [
      'a holiday must be a real date',
      { ...base, holidays: ['2026-01-01', '2026-02-30'] },
      'holidays[1]',
      '"2026-02-30" is not a date',
    ],
    [
      'an override key must be a real date',
      { ...base, overrides: { '2026-02-30': [] } },
      'overrides.2026-02-30',
      '"2026-02-30" is not a date',
    ],
    [
      'days are mon … sun',
      { ...base, week: { tues: [] } },
      'week.tues',
      '"tues" is not a day (use mon, tue, wed, thu, fri, sat, sun)',
    ],
    ['unknown fields are rejected', { ...base, holiday: [] }, 'holiday', 'unknown field "holiday"'],
    [
      'timeZone is required',
      { week: {} },
      'timeZone',
      'expected an IANA time zone name such as "Europe/Madrid"',
    ],
    [
      'an interval is a pair',
      { ...base, week: { mon: [['08:00']] } },
      'week.mon[0]',
      'expected an interval ["HH:MM", "HH:MM"]',
    ],
    [
      '24:00 can only end an interval',
      { ...base, week: { mon: [['24:00', '08:00']] } },
      'week.mon[0][0]',
      '"24:00" cannot start an interval',
    ],
    [
      'an interval cannot be empty',
      { ...base, week: { mon: [['08:00', '08:00']] } },
      'week.mon[0]',
      'the interval 08:00–08:00 is empty',
    ],
    [
      'times are strings',
      { ...base, week: { mon: [[8, 12]] } },
      'week.mon[0][0]',
      'expected a time of day "HH:MM"',
    ],
    ['the spec is an object', 42, undefined, 'expected a calendar object'],
  ])('%s', (_rule, input, path, message) => {
    const error = failure(input);
    expect(error.code).toBe('invalid_calendar');
    expect(error.path).toBe(path);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
  });
});

describe('parseCalendarSpec: valid specs', () => {
  it.each([
    [
      'the example of calendar-format.md',
      {
        timeZone: 'Europe/Madrid',
        week: {
          mon: [
            ['08:00', '12:00'],
            ['14:00', '18:00'],
          ],
          tue: [
            ['08:00', '12:00'],
            ['14:00', '18:00'],
          ],
          wed: [['08:00', '18:00']],
          thu: [['22:00', '06:00']],
          fri: [['00:00', '24:00']],
        },
        holidays: ['2026-01-01', '2026-01-06'],
        holidayRegions: [{ country: 'ES', region: 'MD' }],
        overrides: { '2026-12-24': [['08:00', '12:00']], '2026-12-31': [] },
      },
    ],
    [
      'touching intervals do not overlap',
      {
        ...base,
        week: {
          mon: [
            ['08:00', '12:00'],
            ['12:00', '14:00'],
          ],
        },
      },
    ],
    [
      'an overnight interval may reach past the same day’s early interval',
      {
        ...base,
        week: {
          mon: [
            ['00:00', '05:00'],
            ['22:00', '06:00'],
          ],
        },
      },
    ],
    ['HH:MM:SS and 24:00:00', { ...base, week: { mon: [['08:00:30', '24:00:00']] } }],
    [
      'each required country has holidays',
      {
        ...base,
        holidayRegions: [
          'ES',
          'CL',
          'CO',
          'MX',
          'AR',
          'PE',
          'US',
          'GB',
          'BR',
          'PT',
          'FR',
          'DE',
        ].map((country) => ({ country })),
      },
    ],
  ])('%s', (_name, input) => {
    expect(parseCalendarSpec(input)).toEqual(input);
  });
});
