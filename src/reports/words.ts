/**
 * The report vocabulary in the reader's language: periods and ranges, built on the i18n catalogs
 * (charge reasons and SLA explanations come from the i18n layer's one path, as for the API and web).
 */

import type { Period } from '../domain/contracts/index.js';
import type { LocalDate } from '../domain/time/index.js';
import { addDays } from '../domain/time/index.js';
import { type Locale, type MessageKey, type ParamArgs, translate } from '../i18n/index.js';
import { dateText, monthText } from './format.js';

/** Days from `from` to `lastDay` ("del 01-06-2025 al 30-06-2025"). */
export function rangeText(locale: Locale, from: LocalDate, lastDay: LocalDate): string {
  return translate(locale, 'reports.range', {
    from: dateText(from, locale),
    to: dateText(lastDay, locale),
  });
}

/** A period: its month when it is one calendar month ("enero de 2025"), else its days. */
export function periodText(locale: Locale, period: Pick<Period, 'start' | 'lastDay'>): string {
  const calendarMonth = period.start.endsWith('-01') && addDays(period.lastDay, 1).endsWith('-01');
  const sameMonth = period.start.slice(0, 7) === period.lastDay.slice(0, 7);
  return calendarMonth && sameMonth
    ? monthText(period.start, locale)
    : rangeText(locale, period.start, period.lastDay);
}

/** `translate` bound to a language, typed like it (and knowing it): what every layout speaks through. */
export type Translator = (<K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string) & {
  readonly locale: Locale;
};

/** The {@link Translator} of a language. */
export function translator(locale: Locale): Translator {
  const t = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) =>
    translate(locale, key, ...params);
  return Object.assign(t, { locale });
}
