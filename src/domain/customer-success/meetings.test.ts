import { describe, expect, it } from 'vitest';
import {
  buildMeeting,
  seed001Calendar,
  seed002Calendar,
} from '../../../test/factories/customer-success.js';
import { renderIcs } from '../meetings/index.js';
import {
  cancelMeeting,
  meetingEvent,
  moveMeeting,
  recordMeetingMinutes,
} from './meeting-record.js';
import { meetingWindows, placeMeetings } from './meetings.js';

const hour = 3_600_000;
const madrid = seed001Calendar();
const santiago = seed002Calendar();

describe('quarterly reviews (seed 001) on the contract calendar', () => {
  const windows = meetingWindows(madrid, 'quarterly_review', '2026-01-15', '2027-01-15');

  it('one per contract quarter, in its last two weeks, at 09:00 on its first business day', () => {
    const placed = placeMeetings(madrid, windows);
    expect(placed.map((m) => [m.key, new Date(m.slot.start).toISOString()])).toEqual([
      ['quarter-1/quarterly_review', '2026-04-01T07:00:00.000Z'], // CEST after the March change
      ['quarter-2/quarterly_review', '2026-07-01T07:00:00.000Z'],
      ['quarter-3/quarterly_review', '2026-10-01T07:00:00.000Z'],
      // 1 January and 6 January are national holidays: Monday 4 January, CET.
      ['quarter-4/quarterly_review', '2027-01-04T08:00:00.000Z'],
    ]);
    expect(placed.every((m) => m.slot.end - m.slot.start === hour)).toBe(true);
  });

  it('never over another meeting of the contract', () => {
    const busy = { start: Date.UTC(2026, 3, 1, 6), end: Date.UTC(2026, 3, 1, 12) }; // 08:00–14:00
    const [first] = placeMeetings(madrid, windows.slice(0, 1), { taken: [busy] });
    expect(first?.slot).toEqual({ start: busy.end, end: busy.end + hour });
  });

  it('fails with no_service_time when its window is full', () => {
    const window = windows[0];
    if (window === undefined) throw new Error('no window');
    expect(() => placeMeetings(madrid, [window], { taken: [window.window] })).toThrow(
      expect.objectContaining({
        rule: 'no_service_time',
        params: { key: window.key, minutes: 60 },
      }),
    );
  });
});

describe('monthly planning (seed 002) on a Chilean contract', () => {
  const windows = meetingWindows(santiago, 'monthly_planning', '2026-08-01', '2026-10-01');

  it('one per contract month, in its last week, two hours, Santiago time across the September change', () => {
    const placed = placeMeetings(santiago, windows);
    expect(
      placed.map((m) => [
        m.key,
        new Date(m.slot.start).toISOString(),
        (m.slot.end - m.slot.start) / hour,
      ]),
    ).toEqual([
      ['month-1/monthly_planning', '2026-08-25T13:00:00.000Z', 2], // 09:00 at UTC-4
      ['month-2/monthly_planning', '2026-09-24T12:00:00.000Z', 2], // 09:00 at UTC-3
    ]);
  });

  it.each([
    [{ monthly_planning: 150 }, 'meeting_too_long'],
    [{ monthly_planning: 10 }, 'invalid_input'],
    [{ quarterly_review: 300 }, 'invalid_input'],
  ])('%o is refused (%s)', (minutes, code) => {
    const windowsOfBoth = [
      ...windows,
      ...meetingWindows(santiago, 'quarterly_review', '2026-08-01', '2026-12-01'),
    ];
    expect(() => placeMeetings(santiago, windowsOfBoth, { minutes })).toThrow(
      code === 'invalid_input'
        ? expect.objectContaining({ code })
        : expect.objectContaining({ rule: code }),
    );
  });
});

describe('a meeting’s life and its iCalendar event', () => {
  const meeting = buildMeeting();
  const cancellation = { by: 'u1', reason: 'Cierre de año', at: meeting.slot.start - hour };
  const move = { by: 'u1', byName: 'Marta', at: meeting.slot.start - hour, reason: null };

  it('moves only inside service hours, each change raising the sequence', () => {
    const later = { start: meeting.slot.start + 2 * hour, end: meeting.slot.end + 2 * hour };
    expect(moveMeeting(madrid, meeting, later, move)).toMatchObject({
      slot: later,
      sequence: 1,
      moves: [{ ...move, from: meeting.slot }],
    });
    const evening = { start: Date.UTC(2026, 2, 16, 17), end: Date.UTC(2026, 2, 16, 18) }; // 18:00–19:00
    expect(() => moveMeeting(madrid, meeting, evening, move)).toThrow(
      expect.objectContaining({ rule: 'outside_service_hours' }),
    );
    expect(cancelMeeting(meeting, cancellation)).toMatchObject({
      status: 'cancelled',
      sequence: 1,
    });
    expect(() => moveMeeting(madrid, cancelMeeting(meeting, cancellation), later, move)).toThrow(
      expect.objectContaining({ rule: 'meeting_cancelled' }),
    );
  });

  it('a held meeting is neither moved nor cancelled', () => {
    const held = { ...meeting, status: 'held' as const };
    expect(() => cancelMeeting(held, cancellation)).toThrow(
      expect.objectContaining({ rule: 'meeting_held' }),
    );
    expect(() => moveMeeting(madrid, held, meeting.slot, move)).toThrow(
      expect.objectContaining({ rule: 'meeting_held' }),
    );
  });

  it('minutes are recorded once it has started', () => {
    const minutes = {
      notes: 'Revisión del trimestre',
      decisions: ['Ampliar conectores'],
      actions: [{ what: 'Enviar propuesta', owner: 'lucia', dueOn: '2026-03-31' }],
      recordedBy: 'lucia',
    };
    expect(() =>
      recordMeetingMinutes(meeting, { ...minutes, recordedAt: meeting.slot.start - 1 }),
    ).toThrow(expect.objectContaining({ rule: 'meeting_not_started' }));
    expect(
      recordMeetingMinutes(meeting, { ...minutes, recordedAt: meeting.slot.end }),
    ).toMatchObject({ status: 'held' });
  });

  it('is an event of the contract’s feed in its zone, cancelled when cancelled', () => {
    const texts = { summary: 'Reunión trimestral', description: 'Avance del proyecto' };
    const feed = { uidDomain: 'pacta.example', stamp: Date.UTC(2026, 2, 1) };
    const ics = renderIcs({
      name: 'Cliente',
      product: { company: 'pacta', product: 'customer-success' },
      events: [
        meetingEvent(meeting, texts, feed),
        meetingEvent(
          cancelMeeting({ ...meeting, key: 'quarter-2/quarterly_review' }, cancellation),
          texts,
          feed,
        ),
      ],
    });
    expect(ics).toContain('UID:org-1/quarter-1/quarterly_review@pacta.example');
    expect(ics).toContain('DTSTART;TZID=Europe/Madrid:20260316T090000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain('SEQUENCE:1');
  });
});
