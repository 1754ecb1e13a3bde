import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CalendarEvent, type EventTime, renderIcs } from './ical.js';

/** Parses ICS with ical.js, resolving TZIDs only through the VTIMEZONE blocks in the text. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      event,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      wall: `${event.startDate.toString().slice(0, 16)}`,
      tzid: component.getFirstProperty('dtstart')?.getParameter('tzid'),
    };
  });
}

const stamp = Date.parse('2026-03-01T12:00:00Z');

function meeting(uid: string, when: EventTime, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  return { uid, when, summary: uid, sequence: 0, status: 'confirmed', stamp, ...extra };
}

function at(start: string, minutes: number, timeZone: string): EventTime {
  const ms = Date.parse(start);
  return { start: ms, end: ms + minutes * 60_000, timeZone };
}

describe('iCalendar rendering', () => {
  // The host's own zone must not leak into the output: run as if the server were in Tokyo.
  const hostZone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Tokyo';
  });
  afterAll(() => {
    if (hostZone === undefined) delete process.env.TZ;
    else process.env.TZ = hostZone;
  });

  it.each([
    // zone, start (with the offset in force), wall time shown, label
    [
      'Europe/Madrid',
      '2026-03-27T10:00:00+01:00',
      '2026-03-27T10:00',
      'Friday before the spring change (CET)',
    ],
    ['Europe/Madrid', '2026-03-30T10:00:00+02:00', '2026-03-30T10:00', 'Monday after it (CEST)'],
    [
      'Europe/Madrid',
      '2026-10-23T16:30:00+02:00',
      '2026-10-23T16:30',
      'Friday before the autumn change',
    ],
    ['Europe/Madrid', '2026-10-26T16:30:00+01:00', '2026-10-26T16:30', 'Monday after it'],
    [
      'America/Santiago',
      '2026-04-03T09:00:00-03:00',
      '2026-04-03T09:00',
      'Santiago before 5 Apr (-03)',
    ],
    [
      'America/Santiago',
      '2026-04-06T09:00:00-04:00',
      '2026-04-06T09:00',
      'Santiago after it (-04)',
    ],
    [
      'America/Santiago',
      '2026-09-07T09:00:00-03:00',
      '2026-09-07T09:00',
      'Santiago after 6 Sep (-03)',
    ],
    ['America/Bogota', '2026-03-23T14:00:00-05:00', '2026-03-23T14:00', 'Bogotá (no DST)'],
    ['America/Bogota', '2026-11-02T08:00:00-05:00', '2026-11-02T08:00', 'Bogotá in November'],
  ])('in %s, %s shows at %s local time (%s)', (zone, start, wall) => {
    const ics = renderIcs({
      name: 'Ceremonies',
      product: { company: 'pacta', product: 'test' },
      events: [meeting('m1@pacta', at(start, 90, zone))],
    });
    expect(ics).toContain(`BEGIN:VTIMEZONE\r\nTZID:${zone}`);
    const [parsed] = parse(ics);
    expect(parsed?.tzid).toBe(zone);
    expect(parsed?.wall).toBe(wall);
    expect(parsed?.start).toBe(Date.parse(start));
    expect(parsed?.end).toBe(Date.parse(start) + 90 * 60_000);
  });

  it('one feed with events in several zones carries one VTIMEZONE per zone, and all-day events', () => {
    const ics = renderIcs({
      name: 'Feed',
      product: { company: 'pacta', product: 'test' },
      method: 'publish',
      events: [
        meeting('a@pacta', at('2026-03-27T10:00:00+01:00', 60, 'Europe/Madrid')),
        meeting('b@pacta', at('2026-03-30T10:00:00+02:00', 60, 'Europe/Madrid')),
        meeting('c@pacta', at('2026-03-23T09:00:00-05:00', 60, 'America/Bogota')),
        meeting('sprint-1@pacta', { firstDate: '2026-03-16', lastDate: '2026-03-27' }),
      ],
    });
    expect(ics.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2);
    expect(ics).toContain('METHOD:PUBLISH');
    for (const vevent of ics.split('BEGIN:VEVENT').slice(1)) {
      expect(vevent).toMatch(/^DTSTART;(TZID=[\w/]+|VALUE=DATE):/m); // never floating
    }
    const events = parse(ics);
    expect(events.map((e) => e.start)).toEqual([
      Date.parse('2026-03-27T09:00:00Z'),
      Date.parse('2026-03-30T08:00:00Z'),
      Date.parse('2026-03-23T14:00:00Z'),
      expect.any(Number),
    ]);
    const sprint = events[3]?.event;
    expect(sprint?.startDate.isDate).toBe(true);
    expect(sprint?.startDate.toString()).toBe('2026-03-16');
    expect(sprint?.endDate.toString()).toBe('2026-03-28'); // exclusive end
  });

  it('an invitation carries method, organizer, required and optional attendees, sequence and status', () => {
    const ics = renderIcs({
      name: 'Invitation',
      product: { company: 'pacta', product: 'test' },
      method: 'request',
      events: [
        meeting('review-3@pacta', at('2026-04-24T15:00:00-05:00', 60, 'America/Bogota'), {
          sequence: 2,
          status: 'cancelled',
          description: 'Review del sprint 3; entregables: landing, correo',
          organizer: { name: 'Estratega', email: 'estratega@agencia.example' },
          attendees: [
            { email: 'sponsor@cliente.example', name: 'Patrocinadora', required: true },
            { email: 'equipo@cliente.example', required: false },
          ],
        }),
      ],
    });
    const [parsed] = parse(ics);
    const event = parsed?.event;
    expect(ics).toContain('METHOD:REQUEST');
    expect(event?.sequence).toBe(2);
    expect(event?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event?.description).toBe('Review del sprint 3; entregables: landing, correo');
    expect(event?.organizer).toBe('mailto:estratega@agencia.example');
    const roles = event?.attendees.map((a) => [
      String(a.getFirstValue()).toLowerCase(),
      a.getParameter('role'),
    ]);
    expect(roles).toEqual([
      ['mailto:sponsor@cliente.example', 'REQ-PARTICIPANT'],
      ['mailto:equipo@cliente.example', 'OPT-PARTICIPANT'],
    ]);
    expect(event?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2026-03-01T12:00:00Z',
    );
  });

  it.each([
    [{ start: 0, end: 1, timeZone: 'Mars/Olympus' }, 'events[0].when.timeZone'],
    [{ start: 10, end: 10, timeZone: 'Europe/Madrid' }, 'events[0].when.end'],
    [{ firstDate: '2026-02-30', lastDate: '2026-03-01' }, 'events[0].when.firstDate'],
    [{ firstDate: '2026-03-02', lastDate: '2026-03-01' }, 'events[0].when.lastDate'],
  ] as const)('bad event times are refused naming the field (%o)', (when, path) => {
    const render = () =>
      renderIcs({
        name: 'x',
        product: { company: 'p', product: 'q' },
        events: [meeting('x', when)],
      });
    expect(render).toThrow(expect.objectContaining({ code: 'invalid_input', path }));
  });
});
