/**
 * Renders explanation steps as text, one table per language (English and Spanish): a table maps
 * every step code to a small function, so the compiler lists any code a language misses.
 * Instants are shown as local wall time of the calendar's zone, e.g. "Fri 6 Mar 17:40".
 */
import type { Criticality, TicketKind } from '../tickets/vocabulary.js';
import type { DueReason, ExplanationStep, PausedStep, StepCode, StepOf } from './steps.js';

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

const calendarInEnglish = { business: 'business hours', urgent: 'round the clock (24/7)' } as const;

const countedFrom: Record<DueReason, string> = {
  started: 'from the start',
  opened_outside_hours: 'from the next opening',
  paused_waiting_client: 'after the pause',
  paused_waiting_vendor: 'after the pause',
  paused_resolved: 'after the pause',
  criticality_changed: 'after the criticality change',
  kind_changed: 'after the reclassification',
  reopened: 'after reopening',
};

function pausedInEnglish(waitingOn: string): StepRenderer<PausedStep['code']> {
  return (step, f) =>
    step.until === null
      ? `paused ${waitingOn} since ${f.time(step.at)} (${f.duration(step.businessSeconds)} of service time so far)`
      : `paused ${f.duration(step.businessSeconds)} ${waitingOn} (${f.time(step.at)} – ${f.time(step.until)})`;
}

/** English, the language the domain speaks; other languages copy its shape. */
export const english: ExplanationLanguage = {
  locale: 'en-GB',
  units: { hour: 'h', minute: 'min', second: 's', none: 'none' },
  steps: {
    started: (s, f) =>
      `started ${f.time(s.at)}, target ${f.duration(s.targetSeconds)} ${calendarInEnglish[s.calendar]}`,
    opened_outside_hours: (s, f) => `outside service hours: closed until ${f.time(s.opensAt)}`,
    paused_waiting_client: pausedInEnglish('waiting on the client'),
    paused_waiting_vendor: pausedInEnglish('waiting on the vendor'),
    paused_resolved: pausedInEnglish('while resolved'),
    criticality_changed: (s, f) =>
      `criticality changed from ${s.from} to ${s.to} at ${f.time(s.at)} with ${f.duration(s.usedSeconds)} used; target now ${f.duration(s.targetSeconds)}`,
    kind_changed: (s, f) =>
      `reclassified from ${s.from} to ${s.to} at ${f.time(s.at)} with ${f.duration(s.usedSeconds)} used; target now ${f.duration(s.targetSeconds)} ${calendarInEnglish[s.calendar]}`,
    automatic_reply_ignored: (s, f) =>
      `automatic reply at ${f.time(s.at)} does not count as a response`,
    responded: (s, f) => `first response ${f.time(s.at)} after ${f.duration(s.usedSeconds)}`,
    resolved: (s, f) => `resolved ${f.time(s.at)} after ${f.duration(s.usedSeconds)}`,
    closed: (s, f) => `closed ${f.time(s.at)} after ${f.duration(s.usedSeconds)}`,
    client_wait_ended: (s, f) =>
      `the client answered ${f.time(s.at)} after ${f.duration(s.usedSeconds)}`,
    reopened: (s, f) => `reopened ${f.time(s.at)} with ${f.duration(s.usedSeconds)} already used`,
    breached: (s, f) => `target missed at ${f.time(s.at)}`,
    due: (s, f) =>
      `due ${f.time(s.at)}: target ${f.duration(s.targetSeconds)} ${calendarInEnglish[s.calendar]}, ${f.duration(s.usedSeconds)} used, counted ${countedFrom[s.because]}`,
  },
};

const calendarInSpanish = { business: 'en horario hábil', urgent: 'las 24 horas (24/7)' } as const;

const countedFromInSpanish: Record<DueReason, string> = {
  started: 'desde el inicio',
  opened_outside_hours: 'desde la siguiente apertura',
  paused_waiting_client: 'tras la pausa',
  paused_waiting_vendor: 'tras la pausa',
  paused_resolved: 'tras la pausa',
  criticality_changed: 'tras el cambio de criticidad',
  kind_changed: 'tras la reclasificación',
  reopened: 'tras la reapertura',
};

const criticalityInSpanish: Record<Criticality, string> = {
  high: 'alta',
  medium: 'media',
  low: 'baja',
};

const kindInSpanish: Record<TicketKind, string> = {
  question: 'consulta',
  incident: 'incidente',
  corrective: 'correctivo',
  evolutive: 'evolutivo',
  urgency: 'urgencia',
  out_of_scope: 'fuera de alcance',
};

function pausedInSpanish(waitingOn: string): StepRenderer<PausedStep['code']> {
  return (step, f) =>
    step.until === null
      ? `en pausa ${waitingOn} desde el ${f.time(step.at)} (${f.duration(step.businessSeconds)} de tiempo de servicio hasta ahora)`
      : `en pausa ${f.duration(step.businessSeconds)} ${waitingOn} (${f.time(step.at)} – ${f.time(step.until)})`;
}

/** Spanish (neutral business Spanish, "ANS" vocabulary), for users whose locale is `es`. */
export const spanish: ExplanationLanguage = {
  locale: 'es-ES',
  units: { hour: 'h', minute: 'min', second: 's', none: 'ninguno' },
  steps: {
    started: (s, f) =>
      `iniciado el ${f.time(s.at)}, objetivo ${f.duration(s.targetSeconds)} ${calendarInSpanish[s.calendar]}`,
    opened_outside_hours: (s, f) =>
      `fuera del horario de servicio: cerrado hasta el ${f.time(s.opensAt)}`,
    paused_waiting_client: pausedInSpanish('esperando al cliente'),
    paused_waiting_vendor: pausedInSpanish('esperando al fabricante'),
    paused_resolved: pausedInSpanish('mientras estaba resuelto'),
    criticality_changed: (s, f) =>
      `criticidad cambiada de ${criticalityInSpanish[s.from]} a ${criticalityInSpanish[s.to]} el ${f.time(s.at)} con ${f.duration(s.usedSeconds)} consumidos; objetivo ahora ${f.duration(s.targetSeconds)}`,
    kind_changed: (s, f) =>
      `reclasificado de ${kindInSpanish[s.from]} a ${kindInSpanish[s.to]} el ${f.time(s.at)} con ${f.duration(s.usedSeconds)} consumidos; objetivo ahora ${f.duration(s.targetSeconds)} ${calendarInSpanish[s.calendar]}`,
    automatic_reply_ignored: (s, f) =>
      `la respuesta automática del ${f.time(s.at)} no cuenta como respuesta`,
    responded: (s, f) => `primera respuesta el ${f.time(s.at)} tras ${f.duration(s.usedSeconds)}`,
    resolved: (s, f) => `resuelto el ${f.time(s.at)} tras ${f.duration(s.usedSeconds)}`,
    closed: (s, f) => `cerrado el ${f.time(s.at)} tras ${f.duration(s.usedSeconds)}`,
    client_wait_ended: (s, f) =>
      `el cliente respondió el ${f.time(s.at)} tras ${f.duration(s.usedSeconds)}`,
    reopened: (s, f) =>
      `reabierto el ${f.time(s.at)} con ${f.duration(s.usedSeconds)} ya consumidos`,
    breached: (s, f) => `objetivo incumplido el ${f.time(s.at)}`,
    due: (s, f) =>
      `vence el ${f.time(s.at)}: objetivo ${f.duration(s.targetSeconds)} ${calendarInSpanish[s.calendar]}, ${f.duration(s.usedSeconds)} consumidos, contado ${countedFromInSpanish[s.because]}`,
  },
};

/** Locales with a built-in table, as user records store them. */
export type ExplanationLocale = 'en' | 'es';

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
