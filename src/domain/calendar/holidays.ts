/**
 * Public holidays from the `date-holidays` package, memoised per country/region/year (one
 * library call costs about a millisecond) and corrected where the library is wrong.
 * The memo is deterministic, so the module stays pure in the sense the domain needs.
 */
import Holidays from 'date-holidays';
import { boundedMemo } from './bounded-memo.js';
import { DAY_MS, parseLocalDate, utcMs } from './time.js';

let registry: Holidays | undefined;
/** One library per country/region in use (each holds that country's rules). */
const libraries = boundedMemo<Holidays>(200);
/** A year's holidays of a region: 50 regions over 40 years, a few hundred KiB at most. */
const memo = boundedMemo<ReadonlySet<number>>(2000);

function lookup(): Holidays {
  registry ??= new Holidays();
  return registry;
}

/** Whether `date-holidays` knows the ISO 3166-1 country code (upper case, e.g. `ES`). */
export function isHolidayCountry(country: string): boolean {
  return Object.hasOwn(lookup().getCountries(), country);
}

/** The subdivision codes (without country prefix, e.g. `MD`) the library knows for a country. */
export function holidayRegionsOf(country: string): readonly string[] {
  return Object.keys(lookup().getStates(country) ?? {});
}

/** Day number of Easter Sunday in the Gregorian calendar (anonymous algorithm, Meeus). */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utcMs(year, month, day) / DAY_MS;
}

/**
 * Public holidays the library misses, per country: day numbers for a year. Verified against
 * date-holidays 3.37: Chile's Holy Saturday (Sábado Santo, a public holiday) is absent.
 */
const corrections: Readonly<Record<string, (year: number) => readonly number[]>> = {
  CL: (year) => [easterSunday(year) - 1],
};

function library(country: string, region: string | undefined): Holidays {
  return libraries.get(`${country}/${region ?? ''}`, () =>
    region === undefined ? new Holidays(country) : new Holidays(country, region),
  );
}

/**
 * Local day numbers on which a country (and region) has a public holiday in a year: only
 * days of type `public` close, plus {@link corrections}. Memoised (bounded).
 */
export function publicHolidays(
  country: string,
  region: string | undefined,
  year: number,
): ReadonlySet<number> {
  return memo.get(`${country}/${region ?? ''}/${year}`, () => {
    const days = new Set<number>(corrections[country]?.(year) ?? []);
    for (const holiday of library(country, region).getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const first = parseLocalDate(holiday.date.slice(0, 10));
      if (first === undefined) continue;
      const length = Math.max(
        1,
        Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY_MS),
      );
      for (let day = first; day < first + length; day++) days.add(day);
    }
    return days;
  });
}
