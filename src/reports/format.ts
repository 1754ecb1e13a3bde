/**
 * How values read in each language: decimal mark and digit grouping, dates, durations in h:mm and
 * amounts with the currency's ISO decimals (UF 4, EUR 2, COP 2, CLP 0). Exact: amounts are
 * written from their integer minor units, never through a float.
 */

import { currencies, type Money, toDecimalString } from '../domain/money.js';
import type { LocalDate } from '../domain/time/index.js';
import type { Locale } from '../i18n/index.js';
import type { Cell } from './document.js';

/** The marks of a language: Spanish writes 1.234,50; English 1,234.50. */
export const numberMarks: Readonly<Record<Locale, { decimal: string; group: string }>> = {
  es: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** A plain decimal string ("-1234.5000") in the locale's marks, grouped or not. */
export function localDecimal(text: string, locale: Locale, grouped: boolean): string {
  const { decimal, group } = numberMarks[locale];
  const [whole = '0', fraction] = text.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const shown = grouped ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, group) : digits;
  return `${sign}${shown}${fraction === undefined ? '' : `${decimal}${fraction}`}`;
}

/** Hundredths as a decimal string with two places ("8750" → "87.50"). */
export function hundredthsText(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(value)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** An amount at its currency's ISO decimals with its label: "UF 1.234,5000", "EUR 75.00". */
export function moneyText(money: Money, locale: Locale): string {
  return `${currencies[money.currency].label} ${localDecimal(toDecimalString(money), locale, true)}`;
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
