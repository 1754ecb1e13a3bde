import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  calendarPeriod,
  dateIn,
  dayOfInstantIn,
  decimalText,
  fileSize,
  formatMoney,
  instantIn,
  instantOfWallTime,
  lastDayBefore,
  minutesFromHours,
  timeIn,
  zoneName,
} from './format.js';

// A deadline at 16:41 in Madrid: 12:41 in Santiago (summer, UTC−3) and 10:41 in Bogotá (UTC−5).
const due = '2026-12-02T15:41:00.000Z';

describe('calendar dates are dates, never instants', () => {
  it.each([
    ['es', '2026-10-01', '1 oct 2026'],
    ['en', '2026-10-01', '1 Oct 2026'],
    ['es', '2026-12-31', '31 dic 2026'],
    ['en', '2026-01-01', '1 Jan 2026'],
  ] as const)('%s %s reads %s whatever the zone', (locale, date, text) => {
    expect(calendarDate(locale, date)).toBe(text);
  });

  it('a period reads from its first to its last day', () => {
    expect(calendarPeriod('es', '2026-12-01', '2026-12-31')).toBe('1 dic 2026 – 31 dic 2026');
    expect(calendarPeriod('en', '2026-11-01', '2026-11-30')).toBe('1 Nov 2026 – 30 Nov 2026');
  });

  it('hours usable until an exclusive end are usable through the day before', () => {
    expect(lastDayBefore('2027-01-01')).toBe('2026-12-31');
    expect(lastDayBefore('2026-03-01')).toBe('2026-02-28');
  });
});

describe('instants are written in a named zone', () => {
  it.each([
    ['Europe/Madrid', '16:41', '2026-12-02'],
    ['America/Santiago', '12:41', '2026-12-02'],
    ['America/Bogota', '10:41', '2026-12-02'],
    ['Asia/Tokyo', '0:41', '2026-12-03'],
  ])('in %s the deadline is at %s on %s', (zone, time, date) => {
    expect(timeIn('es', due, zone)).toBe(time);
    expect(instantIn('en', due, zone)).toContain(time);
    expect(dateIn(due, zone)).toBe(date);
  });

  it.each([
    ['America/Santiago', '1 de marzo de 2026'],
    ['America/Bogota', '1 de marzo de 2026'],
    ['Europe/Madrid', '2 de marzo de 2026'],
  ])('an update published at 02:00 UTC on 2 March reads, in %s, as of %s', (zone, day) => {
    expect(dayOfInstantIn('es', '2026-03-02T02:00:00Z', zone)).toBe(day);
  });

  it.each([
    ['America/Santiago', '2026-12-02T12:41'],
    ['America/Bogota', '2026-12-02T10:41'],
    ['Europe/Madrid', '2026-12-02T16:41'],
  ])('a start typed in %s as %s is the deadline’s instant', (zone, wall) => {
    expect(instantOfWallTime(wall, zone)).toBe(due);
  });

  it('zones have names in both languages', () => {
    expect(zoneName('es', 'America/Santiago', due)).toBe('hora de Chile');
    expect(zoneName('en', 'America/Bogota', due)).toBe('Colombia Standard Time');
    expect(zoneName('es', 'Europe/Madrid', due)).toBe('hora de Europa central');
  });
});

describe('money shows with its currency’s decimals and the locale’s marks', () => {
  it.each([
    ['es', { amount: '0.0000', currency: 'CLF' }, 'UF 0,00'],
    ['en', { amount: '1.2345', currency: 'CLF' }, 'UF 1.2345'],
    ['es', { amount: '12000000.00', currency: 'COP' }, 'COP 12.000.000,00'],
    ['en', { amount: '6000', currency: 'EUR' }, 'EUR 6,000.00'],
    ['es', { amount: '1500000', currency: 'CLP' }, 'CLP 1.500.000'],
  ] as const)('%s %j reads %s', (locale, money, text) => {
    expect(formatMoney(locale, money)).toBe(text);
  });
});

describe('numbers typed by people accept the locale’s decimal comma', () => {
  it.each([
    ['es', '0,5', '0.5'],
    ['en', '0.5', '0.5'],
    ['es', '0.5', '0.5'],
    ['es', '1.234,5', '1234.5'],
    ['en', '1,234.5', '1234.5'],
    ['es', '1.500', '1500'],
    ['en', '1.500', '1.500'],
    ['es', '60,25', '60.25'],
    ['es', 'doce', null],
    ['en', '1,2,3', null],
    ['es', '', null],
  ] as const)('%s "%s" is %s', (locale, typed, plain) => {
    expect(decimalText(locale, typed)).toBe(plain);
  });

  it('hours typed with a comma become whole minutes', () => {
    expect(minutesFromHours('es', '7,5')).toBe(450);
    expect(minutesFromHours('en', '7.5')).toBe(450);
    expect(minutesFromHours('es', '0')).toBeNaN();
  });
});

describe('file sizes show in kB or MB with the locale’s marks', () => {
  it('a size under a megabyte is in kB, a larger one in MB with one decimal under ten', () => {
    expect(fileSize('es', 840_000)).toMatch(/^840\skB$/);
    expect(fileSize('es', 2_500_000)).toMatch(/^2,5\sMB$/);
    expect(fileSize('en', 2_500_000)).toMatch(/^2\.5\sMB$/);
    expect(fileSize('en', 12_345)).toMatch(/^12\skB$/);
  });
});
