/**
 * How the web app writes dates, instants, hours, numbers and money in the user's language — the
 * one place for it, so every screen reads the same:
 * - a calendar date (`2026-10-01`: a contract's start, a period, a ledger entry) is a date, never
 *   an instant: it is formatted as the date it is, whatever the browser's time zone;
 * - an instant is written in a named zone (the contract's, or the viewer's own, labelled);
 * - numbers typed by people accept the locale's decimal comma.
 */
import { currencies, isCurrencyCode } from '../domain/money.js';
import { addDays } from '../domain/time/local-date.js';
import { instantOfLocalTime } from '../domain/time/time-zone.js';
import type { Locale } from '../i18n/index.js';

const tags: Record<Locale, string> = { es: 'es-ES', en: 'en-GB' };

const formats = new Map<string, Intl.DateTimeFormat>();

/** One Intl formatter per language, zone and shape (building one costs far more than using it). */
function formatOf(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  const known = formats.get(key);
  if (known) return known;
  const made = new Intl.DateTimeFormat(tags[locale], options);
  formats.set(key, made);
  return made;
}

/** The UTC midnight of a `YYYY-MM-DD` date: formatted in UTC it is that very date. */
function utcMidnight(date: string): number {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/** "1 oct 2026" (`medium`) or "1 de octubre de 2026" (`long`): a calendar date as it is. */
export function calendarDate(
  locale: Locale,
  date: string,
  style: 'medium' | 'long' = 'medium',
): string {
  return formatOf(locale, { dateStyle: style, timeZone: 'UTC' }).format(utcMidnight(date));
}

/** "1 dic 2026 – 31 dic 2026": a period from its first to its last day. */
export function calendarPeriod(locale: Locale, firstDay: string, lastDay: string): string {
  return `${calendarDate(locale, firstDay)} – ${calendarDate(locale, lastDay)}`;
}

/** The last day something is usable when it stops being usable on `exclusiveEnd` (the API's `expiresOn`). */
export function lastDayBefore(exclusiveEnd: string): string {
  return addDays(exclusiveEnd, -1);
}

/** A short weekday and day of month for a preview column ("lun 23"), from a UTC-noon date. */
export function weekdayAndDay(locale: Locale, utcNoonMs: number): string {
  return formatOf(locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' }).format(utcNoonMs);
}

/** A date spelled out ("23 de noviembre de 2026"), from a UTC-noon date. */
export function longDate(locale: Locale, utcNoonMs: number): string {
  return formatOf(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(utcNoonMs);
}

/** The browser's own time zone (the viewer's), e.g. `America/Bogota`. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * A wall time typed in a `datetime-local` input (`YYYY-MM-DDTHH:MM`) in `timeZone` as an ISO
 * instant, right on the days clocks change.
 */
export function instantOfWallTime(wall: string, timeZone: string): string {
  const [date = '', time = '00:00'] = wall.split('T');
  return instantOfLocalTime(date, time, timeZone).toISOString();
}

/** "2 dic 2026, 10:00": an instant as wall time in `timeZone`. */
export function instantIn(locale: Locale, at: string | number, timeZone: string): string {
  return formatOf(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(at));
}

/** "10:00": the time of day of an instant in `timeZone`. */
export function timeIn(locale: Locale, at: string | number, timeZone: string): string {
  return formatOf(locale, { timeStyle: 'short', hourCycle: 'h23', timeZone }).format(new Date(at));
}

/** "lunes, 23 de noviembre de 2026, 14:05" — an instant spelled out in `timeZone`. */
export function longInstantIn(locale: Locale, at: string | number, timeZone: string): string {
  return formatOf(locale, {
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

/** "1 de marzo de 2026": the day an instant falls on in `timeZone`, spelled out. */
export function dayOfInstantIn(locale: Locale, at: string | number, timeZone: string): string {
  return formatOf(locale, { dateStyle: 'long', timeZone }).format(new Date(at));
}

/** The calendar date of an instant in `timeZone` (`YYYY-MM-DD`). */
export function dateIn(at: string | number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone }).format(new Date(at));
}

/** "hora de Chile", "Central European Time": a zone's name in the user's language. */
export function zoneName(locale: Locale, timeZone: string, at: string | number): string {
  const parts = formatOf(locale, { timeZoneName: 'longGeneric', timeZone }).formatToParts(
    new Date(at),
  );
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** Hours with at most two decimals in the locale's style ("42,5"). */
export function hours(locale: Locale, minutes: number): string {
  return new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 2 }).format(minutes / 60);
}

/** A file's size in the locale's style, in kB or MB (decimal units): "2,5 MB", "840 kB". */
export function fileSize(locale: Locale, bytes: number): string {
  const [value, unit] = bytes >= 1e6 ? [bytes / 1e6, 'megabyte'] : [bytes / 1e3, 'kilobyte'];
  return new Intl.NumberFormat(tags[locale], {
    style: 'unit',
    unit,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

/**
 * An amount of money in the locale's marks with its currency's label: at least the decimals the
 * currency is shown with and every further digit the exact amount has ("UF 0,00", "UF 1,2345",
 * "COP 12.000.000,00", "EUR 6,000.00"). Formatted from the decimal string, never through a float.
 */
export function formatMoney(
  locale: Locale,
  money: { amount: string; currency: string } | null | undefined,
): string | null {
  if (!money) return null;
  const info = isCurrencyCode(money.currency) ? currencies[money.currency] : null;
  const format = new Intl.NumberFormat(tags[locale], {
    minimumFractionDigits: info?.displayDecimals ?? 0,
    maximumFractionDigits: Math.max(info?.minorUnits ?? 4, info?.displayDecimals ?? 0),
    useGrouping: true,
  });
  // Intl reads a decimal string exactly (no float), as ECMA-402's string numerics allow
  return `${info?.label ?? money.currency} ${format.format(money.amount as `${number}`)}`;
}

const groupMarks: Record<Locale, ',' | '.'> = { es: '.', en: ',' };

/** Which mark of `typed` is its decimal mark, or null when it has none (only grouping marks). */
function decimalMarkOf(locale: Locale, typed: string): ',' | '.' | null {
  const commas = typed.split(',').length - 1;
  const points = typed.split('.').length - 1;
  if (commas > 0 && points > 0) return typed.lastIndexOf(',') > typed.lastIndexOf('.') ? ',' : '.';
  const mark = commas > 0 ? ',' : points > 0 ? '.' : null;
  if (mark === null || commas + points > 1) return null;
  const groupsThousands = new RegExp(`^-?\\d{1,3}\\${mark}\\d{3}$`).test(typed);
  return groupsThousands && mark === groupMarks[locale] ? null : mark;
}

/**
 * A decimal typed by a person, as a plain decimal string, or null when it is not one: "0,5" and
 * "0.5" are both a half; "1.234,5" and "1,234.5" are 1234.5; a lone "1.500" is 1500 in Spanish
 * (the point groups thousands there) and 1.5 in English.
 */
export function decimalText(locale: Locale, text: string): string | null {
  const typed = text.trim().replace(/[\s\u00a0]/g, '');
  if (!/^-?[\d.,]+$/.test(typed)) return null;
  const mark = decimalMarkOf(locale, typed);
  const cut = mark === null ? typed.length : typed.lastIndexOf(mark);
  const whole = typed.slice(0, cut);
  const fraction = mark === null ? '' : typed.slice(cut + 1);
  const plain = /^-?\d+$/.test(whole);
  const grouped = /^-?\d{1,3}([.,]\d{3})+$/.test(whole) && !whole.includes(mark ?? '#');
  if (!(plain || grouped) || (mark !== null && !/^\d+$/.test(fraction))) return null;
  const digits = whole.replace(/[.,]/g, '');
  return fraction === '' ? digits : `${digits}.${fraction}`;
}

/** A decimal typed with the locale's marks as a number; NaN when it is not one. */
export function parseDecimal(locale: Locale, text: string): number {
  const normal = decimalText(locale, text);
  return normal === null ? Number.NaN : Number(normal);
}

/** Whole minutes from hours typed as a decimal ("7,5" → 450); NaN unless a positive number. */
export function minutesFromHours(locale: Locale, text: string): number {
  const value = parseDecimal(locale, text);
  return value > 0 ? Math.round(value * 60) : Number.NaN;
}

/** A number for an input in the locale's marks, ungrouped ("0,5" in Spanish). */
export function decimalInput(locale: Locale, value: number | string): string {
  const text = String(value);
  return locale === 'es' ? text.replace('.', ',') : text;
}
