import type { CalendarSpec } from './spec.js';

const allDay: [string, string][] = [['00:00', '24:00']];

/** The 24/7 calendar (calendar-format.md): urgencies run on it (seed 004). */
export const roundTheClockSpec: CalendarSpec = {
  timeZone: 'UTC',
  week: {
    mon: allDay,
    tue: allDay,
    wed: allDay,
    thu: allDay,
    fri: allDay,
    sat: allDay,
    sun: allDay,
  },
} as CalendarSpec;
