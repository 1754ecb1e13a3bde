/** The SLA explanation in Spanish: one renderer per step code (see explain.ts). */
import type { DueReason, PausedStep } from '../../domain/sla/index.js';
import type { ExplanationLanguage, StepRenderer } from '../explain.js';
import { criticalityWord, kindWord } from '../words.js';

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
      `criticidad cambiada de ${criticalityWord('es', s.from)} a ${criticalityWord('es', s.to)} el ${f.time(s.at)} con ${f.duration(s.usedSeconds)} consumidos; objetivo ahora ${f.duration(s.targetSeconds)}`,
    kind_changed: (s, f) =>
      `reclasificado de ${kindWord('es', s.from)} a ${kindWord('es', s.to)} el ${f.time(s.at)} con ${f.duration(s.usedSeconds)} consumidos; objetivo ahora ${f.duration(s.targetSeconds)} ${calendarInSpanish[s.calendar]}`,
    automatic_reply_ignored: (s, f) =>
      `la respuesta automática del ${f.time(s.at)} no cuenta como respuesta`,
    waiting_without_question: (s, f) =>
      `marcado en espera del cliente el ${f.time(s.at)} sin haberle preguntado nada: el reloj sigue corriendo`,
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
