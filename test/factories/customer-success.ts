/**
 * Test-data builders for customer success (`buildX(overrides)`, DESIGN.md rule 8): seed 001's and
 * seed 002's contract calendars and a scheduled meeting.
 */
import { type AgencyCalendar, agencyCalendarOf } from '../../src/domain/agency/index.js';
import type { Meeting } from '../../src/domain/customer-success/index.js';

const weekdays = (hours: [string, string][]) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
});

/** Seed 001: "entre las 8.00 - 18.00 CET", "excluyendo los días festivos nacionales" (Spain). */
export function seed001Calendar(): AgencyCalendar {
  return agencyCalendarOf({
    timeZone: 'Europe/Madrid',
    week: weekdays([['08:00', '18:00']]),
    holidayRegions: [{ country: 'ES' }],
  });
}

/** Seed 002: "LU - VI 09AM - 06PM", a Chilean client (Chile's public holidays). */
export function seed002Calendar(): AgencyCalendar {
  return agencyCalendarOf({
    timeZone: 'America/Santiago',
    week: weekdays([['09:00', '18:00']]),
    holidayRegions: [{ country: 'CL' }],
  });
}

/** A quarterly review on 2026-03-16 09:00–10:00 Madrid for client `org-1`. */
export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  const start = Date.UTC(2026, 2, 16, 8);
  return {
    key: 'quarter-1/quarterly_review',
    kind: 'quarterly_review',
    slot: { start, end: start + 3_600_000 },
    clientId: 'org-1',
    timeZone: 'Europe/Madrid',
    agenda: [{ key: 'customerSuccess.agenda.project_progress' }],
    organizer: { name: 'Lucía Gómez', email: 'lucia@proveedor.example' },
    attendees: [{ email: 'ana@cliente.example', name: 'Ana Pérez', required: true }],
    status: 'scheduled',
    sequence: 0,
    minutes: null,
    ...overrides,
  };
}
