/** The SLA explanation in English: one renderer per step code (see explain.ts). */
import type { DueReason, PausedStep } from '../../domain/sla/index.js';
import type { ExplanationLanguage, StepRenderer } from '../explain.js';
import { criticalityWord, kindWord } from '../words.js';

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

/** English: the reference table; other languages copy its shape. */
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
      `criticality changed from ${criticalityWord('en', s.from)} to ${criticalityWord('en', s.to)} at ${f.time(s.at)} with ${f.duration(s.usedSeconds)} used; target now ${f.duration(s.targetSeconds)}`,
    kind_changed: (s, f) =>
      `reclassified from ${kindWord('en', s.from)} to ${kindWord('en', s.to)} at ${f.time(s.at)} with ${f.duration(s.usedSeconds)} used; target now ${f.duration(s.targetSeconds)} ${calendarInEnglish[s.calendar]}`,
    automatic_reply_ignored: (s, f) =>
      `automatic reply at ${f.time(s.at)} does not count as a response`,
    waiting_without_question: (s, f) =>
      `set waiting on the client at ${f.time(s.at)} before anything was asked: the clock keeps running`,
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
