import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { easterSunday, publicHolidays } from './holidays.js';
import { parseLocalDate } from './time.js';

const day = (date: string) => parseLocalDate(date) ?? Number.NaN;

describe('public holidays (date-holidays, memoised, corrected)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(day(date));
  });

  it('date-holidays lacks Chile’s Holy Saturday (why the local correction exists)', () => {
    const dates = new Holidays('CL').getHolidays(2026).map((h) => h.date.slice(0, 10));
    expect(dates).not.toContain('2026-04-04');
  });

  it.each(['2024-03-30', '2025-04-19', '2026-04-04'])('CL has Holy Saturday %s', (date) => {
    expect(publicHolidays('CL', undefined, Number(date.slice(0, 4))).has(day(date))).toBe(true);
  });

  it('only type public closes: Chile’s Dec 31 bank holiday and Madrid’s observances do not', () => {
    expect(publicHolidays('CL', undefined, 2026).has(day('2026-12-31'))).toBe(false);
    expect(publicHolidays('ES', 'MD', 2026).has(day('2026-11-09'))).toBe(false);
    expect(publicHolidays('ES', 'MD', 2026).has(day('2026-05-02'))).toBe(true);
  });

  it.each(['ES', 'CL', 'CO', 'MX', 'AR', 'PE', 'US', 'GB', 'BR', 'PT', 'FR', 'DE'])(
    '%s has New Year’s Day 2026 as a public holiday',
    (country) => {
      expect(publicHolidays(country, undefined, 2026).has(day('2026-01-01'))).toBe(true);
    },
  );

  it('memoises per country/region/year (same set object)', () => {
    expect(publicHolidays('ES', 'MD', 2027)).toBe(publicHolidays('ES', 'MD', 2027));
  });
});
