/** A date without a time, written out in the reader's language ("31 de marzo de 2026", "March 31, 2026"). */
import type { Locale } from './translate.js';

const longDates = {
  es: new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }),
} satisfies Record<Locale, Intl.DateTimeFormat>;

/**
 * `yyyy-mm-dd` in words, read as the calendar day it names in every zone (formatted at UTC noon,
 * so no reader's offset can move it a day); anything else is returned as it came.
 */
export function localDateText(locale: Locale, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const noon = new Date(Date.UTC(year, month - 1, day, 12));
  noon.setUTCFullYear(year);
  return longDates[locale].format(noon);
}
