/**
 * The report vocabulary in the reader's language: charge reasons, periods and ranges, built on
 * the i18n catalogs (the app's `charge.reason.*`, `kind.*`, `criticality.*`, `status.*` keys and
 * the reports' own).
 */

import { addDays } from '../domain/hour-bank/dates.js';
import type { ChargeReason, LocalDate, Period } from '../domain/hour-bank/index.js';
import { type Locale, type MessageKey, type ParamArgs, translate } from '../i18n/index.js';
import { dateText, monthText } from './format.js';

/** Why a charge is what it is, as a sentence. */
export function reasonText(locale: Locale, reason: ChargeReason): string {
  switch (reason.code) {
    case 'free_kind':
      return translate(locale, 'charge.reason.free_kind');
    case 'out_of_scope':
      return translate(locale, 'charge.reason.out_of_scope');
    case 'rounded':
      return translate(locale, 'charge.reason.rounded', {
        to: reason.toMinutes,
        step: reason.stepMinutes,
        from: reason.fromMinutes,
      });
    case 'minimum_per_conversation':
      return translate(locale, 'charge.reason.minimum_per_conversation', {
        minutes: reason.minutes,
      });
    case 'minimum_per_ticket':
      return translate(locale, 'charge.reason.minimum_per_ticket', { minutes: reason.minutes });
    case 'covered_by_minimum':
      return translate(locale, 'charge.reason.covered_by_minimum', { minutes: reason.minutes });
    case 'maximum_per_ticket':
      return translate(locale, 'charge.reason.maximum_per_ticket', { minutes: reason.minutes });
    case 'approval_required':
      return translate(locale, 'charge.reason.approval_required');
  }
}

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

/** `translate` bound to a language, typed like it: what every layout speaks through. */
export type Translator = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

/** The {@link Translator} of a language. */
export function translator(locale: Locale): Translator {
  return (key, ...params) => translate(locale, key, ...params);
}
