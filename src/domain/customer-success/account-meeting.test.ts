import { describe, expect, it } from 'vitest';
import { seed002Calendar } from '../../../test/factories/customer-success.js';
import { agreeMeeting, type MeetingAgreement, suggestQuarterly } from './account-meeting.js';

const santiago = seed002Calendar();
// Tuesday 10 March 2026, 10:00 in Santiago (UTC−3).
const tuesdayTen = Date.UTC(2026, 2, 10, 13);
const agreement = (overrides: Partial<MeetingAgreement> = {}): MeetingAgreement => ({
  id: 'm1',
  contractId: 'c1',
  clientId: 'org-1',
  kind: 'monthly_planning',
  start: tuesdayTen,
  minutes: 120,
  agenda: [],
  organizer: { name: 'Lucía', email: 'lucia@proveedor.example' },
  attendees: [{ contactId: 'k1', email: 'ana@cliente.example', name: 'Ana', required: true }],
  ...overrides,
});

describe('a planning meeting lasts at most two hours', () => {
  it.each([
    [60, null],
    [120, null],
    [121, 'meeting_too_long'],
    [180, 'meeting_too_long'],
  ] as const)('%i minutes → %s', (minutes, rule) => {
    const agree = () => agreeMeeting(santiago, agreement({ minutes }));
    if (rule === null) expect(agree().slot.end - tuesdayTen).toBe(minutes * 60_000);
    else expect(agree).toThrow(expect.objectContaining({ rule, path: 'minutes.monthly_planning' }));
  });

  it('a quarterly review may last longer', () => {
    const meeting = agreeMeeting(santiago, agreement({ kind: 'quarterly_review', minutes: 180 }));
    expect(meeting.slot.end - meeting.slot.start).toBe(3 * 3_600_000);
  });
});

describe("a meeting lies on an agreed date inside the contract's service hours", () => {
  it.each([
    ['Tuesday 10:00–12:00', tuesdayTen, null],
    ['Tuesday 17:00–19:00 runs past 18:00', Date.UTC(2026, 2, 10, 20), 'outside_service_hours'],
    ['Saturday 10:00', Date.UTC(2026, 2, 14, 13), 'outside_service_hours'],
    ['Good Friday 3 April (Chile)', Date.UTC(2026, 3, 3, 13), 'outside_service_hours'],
  ] as const)('%s → %s', (_, start, rule) => {
    const agree = () => agreeMeeting(santiago, agreement({ start }));
    if (rule === null) expect(agree().timeZone).toBe('America/Santiago');
    else expect(agree).toThrow(expect.objectContaining({ rule, path: 'start' }));
  });

  it('takes its kind’s standard agenda when none is given', () => {
    expect(agreeMeeting(santiago, agreement()).agenda).toEqual([
      { key: 'customerSuccess.agenda.state_of_service' },
      { key: 'customerSuccess.agenda.features_to_implement' },
      { key: 'customerSuccess.agenda.implementation_tickets' },
    ]);
  });
});

describe('scheduling suggests the next quarterly review', () => {
  it('the first quarter still to come without one, at 09:00 on its window’s first business day', () => {
    const slot = suggestQuarterly(santiago, '2026-01-15', '2026-03-02', tuesdayTen, []);
    // Quarter 1 ends 15 April; its window opens Wednesday 1 April, 09:00 in Santiago (UTC−3).
    expect(slot && new Date(slot.start).toISOString()).toBe('2026-04-01T12:00:00.000Z');
  });

  it('skips a quarter that already holds a review', () => {
    const held = agreeMeeting(
      santiago,
      agreement({ kind: 'quarterly_review', minutes: 60, start: tuesdayTen }),
    );
    const slot = suggestQuarterly(santiago, '2026-01-15', '2026-03-02', tuesdayTen, [held]);
    expect(slot && new Date(slot.start).toISOString()).toBe('2026-07-01T13:00:00.000Z');
  });
});
