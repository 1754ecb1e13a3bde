/**
 * How values read in each language: dates, durations in h:mm, and amounts with the currency's
 * ISO decimals (UF 4, EUR 2, COP 2, CLP 0) as the i18n layer writes them (exact, never a float).
 */

import type { LocalDate } from '../domain/time/index.js';
import { type Locale, localDecimal, moneyText } from '../i18n/index.js';
import type { Cell } from './document.js';

/** Hundredths as a decimal string with two places ("8750" → "87.50"). */
export function hundredthsText(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Whole minutes as h:mm ("1000" → "16:40", "-30" → "-0:30"). */
export function minutesText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const total = Math.abs(minutes);
  return `${sign}${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Spanish (Chile) dates: dd-mm-yyyy. */
const spanishDate = new Intl.DateTimeFormat('es-CL', {
  timeZone: 'UTC',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

function utcOf(date: LocalDate): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** A local date for reading: "15-01-2025" in Spanish (Chile), "2025-01-15" in English (ISO, unambiguous). */
export function dateText(date: LocalDate, locale: Locale): string {
  return locale === 'en' ? date : spanishDate.format(utcOf(date));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language, zone and shape, built once (building one costs far more than using it). */
function formatOf(
  locale: Locale,
  timeZone: string,
  shape: 'month' | 'instant',
): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${shape}`;
  const known = formats.get(key);
  if (known) return known;
  const options: Intl.DateTimeFormatOptions =
    shape === 'month'
      ? { timeZone, month: 'long', year: 'numeric' }
      : {
          timeZone,
          day: '2-digit',
          month: '2-digit',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        };
  const format = new Intl.DateTimeFormat(locale === 'es' ? 'es-CL' : 'en-GB', options);
  formats.set(key, format);
  return format;
}

/** A month and year ("enero de 2025", "January 2025"), for periods that are calendar months. */
export function monthText(date: LocalDate, locale: Locale): string {
  return formatOf(locale, 'UTC', 'month').format(utcOf(date));
}

/** An instant in a zone for reading ("15-01-2025, 14:05"). */
export function instantText(atMs: number, locale: Locale, timeZone: string): string {
  return formatOf(locale, timeZone, 'instant').format(atMs);
}

/** A cell as the PDF shows it. */
export function cellText(value: Cell, locale: Locale): string {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'count':
      return localDecimal(String(value.value), locale, true);
    case 'minutes':
      return `${minutesText(value.minutes)} h`;
    case 'money':
      return moneyText(value.money, locale);
    case 'hundredths':
      return `${localDecimal(hundredthsText(value.value), locale, true)}${value.percent ? ' %' : ''}`;
    case 'date':
      return dateText(value.date, locale);
    case 'empty':
      return '—';
  }
}
