/** Dates and numbers for display, in the user's language (and optionally a calendar's zone). */
import type { Locale } from '../i18n/index.js';

const tags: Record<Locale, string> = { es: 'es-ES', en: 'en-GB' };

/** "23 nov 2026, 14:05" — an instant for tables, in the browser's zone unless one is given. */
export function dateTime(locale: Locale, at: string | number, timeZone?: string): string {
  return new Intl.DateTimeFormat(tags[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(at));
}

/** "lunes, 23 de noviembre de 2026, 14:05" — a due instant spelled out in a calendar's zone. */
export function longDateTime(locale: Locale, at: string | number, timeZone: string): string {
  return new Intl.DateTimeFormat(tags[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(at));
}

/** "23 nov 2026" — a date. */
export function dateOnly(locale: Locale, at: string | number): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'medium' }).format(new Date(at));
}

/** A short weekday and day of month for a preview column ("lun 23"), from a UTC-noon date. */
export function weekdayAndDay(locale: Locale, utcNoonMs: number): string {
  return new Intl.DateTimeFormat(tags[locale], {
    weekday: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(utcNoonMs);
}

/** A date spelled out ("23 de noviembre de 2026"), from a UTC-noon date. */
export function longDate(locale: Locale, utcNoonMs: number): string {
  return new Intl.DateTimeFormat(tags[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    utcNoonMs,
  );
}

/** Hours with at most two decimals in the locale's style ("42,5"). */
export function hours(locale: Locale, minutes: number): string {
  return new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 2 }).format(minutes / 60);
}

/** Reads a decimal typed with a comma or a point ("0,5" or "0.5"); NaN when it is not one. */
export function parseDecimal(text: string): number {
  const normal = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/** Whole minutes from hours typed as a decimal ("7,5" → 450); NaN unless a positive number. */
export function minutesFromHours(text: string): number {
  const value = parseDecimal(text);
  return value > 0 ? Math.round(value * 60) : Number.NaN;
}
