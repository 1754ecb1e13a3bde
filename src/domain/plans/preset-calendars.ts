/**
 * The business calendars the seed presets name (`calendarId` in presets.ts), as the seeds state
 * their hours, so that a plan made from a preset on a fresh installation can time its tickets:
 * saving such a plan defines the calendar when the installation lacks it.
 */
import { type CalendarSpec, parseCalendarSpec } from '../calendar/spec.js';

/** A calendar a preset names, with the seed clause it comes from. */
export interface PresetCalendar {
  readonly name: string;
  readonly source: string;
  readonly spec: CalendarSpec;
}

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const everyWeekday = (intervals: [string, string][]) =>
  Object.fromEntries(weekdays.map((day) => [day, intervals]));

/** Every calendar the seed presets name. */
export const presetCalendars: readonly PresetCalendar[] = [
  {
    name: 'seed-001-office-08-18-cet',
    source:
      'seed 001: "8.00 - 18.00 CET … excluyendo los días festivos nacionales" (a Spanish vendor)',
    spec: parseCalendarSpec({
      timeZone: 'Europe/Madrid',
      week: everyWeekday([['08:00', '18:00']]),
      holidayRegions: [{ country: 'ES' }],
    }),
  },
  {
    name: 'seed-002-mon-fri-09-18',
    source: 'seed 002: "LU - VI 09AM - 06PM" (a Chilean Salesforce partner)',
    spec: parseCalendarSpec({
      timeZone: 'America/Santiago',
      week: everyWeekday([['09:00', '18:00']]),
      holidayRegions: [{ country: 'CL' }],
    }),
  },
  {
    name: 'seed-004-mon-fri-08-12-14-18',
    source:
      'seed 004: "lunes a viernes de 8:00 a.m. - 12:00 p.m. y de 2:00 p.m. a 6:00 p.m." (a Colombian agency)',
    spec: parseCalendarSpec({
      timeZone: 'America/Bogota',
      week: everyWeekday([
        ['08:00', '12:00'],
        ['14:00', '18:00'],
      ]),
      holidayRegions: [{ country: 'CO' }],
    }),
  },
];

/** The preset calendar with this name, if a preset names one. */
export function presetCalendar(name: string): PresetCalendar | undefined {
  return presetCalendars.find((calendar) => calendar.name === name);
}
