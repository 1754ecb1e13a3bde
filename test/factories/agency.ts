/**
 * Builders for the agency module's tests: seed 004's calendar (Bogotá, Mon–Fri 08–12 and 14–18,
 * Colombian public holidays) and instants written as Bogotá wall times.
 */
import { type AgencyCalendar, agencyCalendarOf } from '../../src/domain/agency/agency-calendar.js';
import type { Person } from '../../src/domain/agency/ceremonies.js';
import { type Deliverable, planDeliverable } from '../../src/domain/agency/deliverables.js';

const day: [string, string][] = [
  ['08:00', '12:00'],
  ['14:00', '18:00'],
];

/** Seed 004 §2.2: Mon–Fri 08:00–12:00 and 14:00–18:00 in Bogotá, with Colombia's holidays. */
export const bogotaSpec = {
  timeZone: 'America/Bogota',
  week: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidayRegions: [{ country: 'CO' }],
};

const madridDay: [string, string][] = [
  ['09:00', '14:00'],
  ['15:00', '18:00'],
];

/** A Madrid agency (Mon–Fri 09–14 and 15–18, Madrid's holidays): a zone with summer time. */
export const madridSpec = {
  timeZone: 'Europe/Madrid',
  week: { mon: madridDay, tue: madridDay, wed: madridDay, thu: madridDay, fri: madridDay },
  holidayRegions: [{ country: 'ES', region: 'MD' }],
};

/** {@link bogotaSpec}, compiled. */
export const bogota: AgencyCalendar = agencyCalendarOf(bogotaSpec);

/** A Bogotá wall time (UTC−05:00 all year) as epoch ms: `bog('2026-03-24 09:00')`. */
export function bog(dateAndTime: string): number {
  return Date.parse(`${dateAndTime.replace(' ', 'T')}:00-05:00`);
}

/** Hours as seconds, for business-time expectations. */
export const H = 3600;

/** The account's people: agency strategist and sponsor; client decision-maker, sponsor, member. */
export const people = [
  { personId: 'ana', side: 'agency', role: 'strategist' },
  { personId: 'leo', side: 'agency', role: 'sponsor' },
  { personId: 'dora', side: 'client', role: 'decision_maker' },
  { personId: 'sol', side: 'client', role: 'sponsor' },
  { personId: 'max', side: 'client', role: 'member' },
] as const satisfies readonly Person[];

/** A planned deliverable of sprint 3 owned by the strategist, due at a Bogotá wall time. */
export function buildDeliverable(
  id: string,
  due: string,
  overrides: Partial<Parameters<typeof planDeliverable>[0]> = {},
): Deliverable {
  return planDeliverable({
    id,
    title: `Entregable ${id}`,
    sprintNumber: 3,
    ownerId: 'ana',
    due: bog(due),
    ...overrides,
  });
}
