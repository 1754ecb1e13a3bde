/**
 * SLA explanations in words: the domain explains a clock as steps (a code and its parameters,
 * `domain/sla/steps.ts`); each language renders every step code with a small function in its
 * table (`en/sla-steps.ts`, `es/sla-steps.ts`), so the compiler lists any code a language misses.
 * Instants are shown as local wall time of the calendar's zone, e.g. "Fri 6 Mar 17:40".
 */
import type { ExplanationStep, StepCode, StepOf } from '../domain/sla/index.js';
import { english } from './en/sla-steps.js';
import { spanish } from './es/sla-steps.js';
import type { Locale } from './translate.js';

/** How a table formats instants and durations (built for its locale and the caller's zone). */
export interface Formatters {
  time(atMs: number): string;
  duration(seconds: number | null): string;
}

/** The renderer of one step code. */
export type StepRenderer<C extends StepCode> = (step: StepOf<C>, format: Formatters) => string;

/** A language: its locale (for weekday and month names), duration units and one renderer per code. */
export interface ExplanationLanguage {
  readonly locale: string;
  readonly units: {
    readonly hour: string;
    readonly minute: string;
    readonly second: string;
    readonly none: string;
  };
  readonly steps: { readonly [C in StepCode]: StepRenderer<C> };
}

/** Locales with a built-in table, as user records store them. */
export type ExplanationLocale = Locale;

/** The built-in table of each locale, so callers can pass a user's `locale` as is. */
export const explanationLanguages: Readonly<Record<ExplanationLocale, ExplanationLanguage>> = {
  en: english,
  es: spanish,
};

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function timeFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}`;
  const cached = timeFormats.get(key);
  if (cached !== undefined) return cached;
  const format = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  timeFormats.set(key, format);
  return format;
}

/** Formatters for a language in a time zone: "Fri 6 Mar 17:40", "2 h 30 min". */
export function formattersFor(language: ExplanationLanguage, timeZone: string): Formatters {
  const format = timeFormat(language.locale, timeZone);
  const { hour, minute, second, none } = language.units;
  return {
    time(atMs) {
      const part = (type: Intl.DateTimeFormatPartTypes) =>
        format.formatToParts(atMs).find((p) => p.type === type)?.value ?? '';
      return `${part('weekday')} ${part('day')} ${part('month')} ${part('hour')}:${part('minute')}`;
    },
    duration(seconds) {
      if (seconds === null) return none;
      const total = Math.round(Math.abs(seconds));
      const sign = seconds < 0 && total > 0 ? '-' : '';
      const parts = [
        [Math.floor(total / 3600), hour],
        [Math.floor((total % 3600) / 60), minute],
        [total % 60, second],
      ] as const;
      const shown = parts
        .filter(([amount]) => amount > 0)
        .map(([amount, unit]) => `${amount} ${unit}`);
      return shown.length === 0 ? `0 ${minute}` : `${sign}${shown.join(' ')}`;
    },
  };
}

/** One step as text in `language` (a table or a locale such as `'es'`), with instants in `timeZone`. */
export function explain(
  step: ExplanationStep,
  language: ExplanationLanguage | ExplanationLocale,
  timeZone: string,
): string {
  const table = typeof language === 'string' ? explanationLanguages[language] : language;
  const render = table.steps[step.code] as StepRenderer<StepCode>;
  return render(step, formattersFor(table, timeZone));
}

/** One step in English, e.g. "opened outside service hours, closed until Mon 9 Mar 08:00". */
export function explainInEnglish(step: ExplanationStep, timeZone: string): string {
  return explain(step, english, timeZone);
}

/** A whole timeline as one line ("started …; paused 2 h waiting on the client …; due …"). */
export function explainTimeline(
  steps: readonly ExplanationStep[],
  timeZone: string,
  language: ExplanationLanguage | ExplanationLocale = english,
): string {
  return steps.map((step) => explain(step, language, timeZone)).join('; ');
}
