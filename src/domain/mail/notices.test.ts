import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../calendar/calendar.js';
import { noticeSendAt } from './notices.js';

const office = compileCalendar({
  timeZone: 'Europe/Madrid',
  week: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => [
      day,
      [
        ['08:00', '12:00'],
        ['14:00', '18:00'],
      ],
    ]),
  ),
});
const at = (iso: string) => Date.parse(iso);

describe('notices follow the service calendar where the contract says so, except urgencies', () => {
  const cases: [string, string, boolean, boolean, string][] = [
    [
      'a breach at 23:00 on a Friday waits for Monday 08:00',
      '2026-03-06T22:00:00Z',
      true,
      false,
      '2026-03-09T07:00:00Z',
    ],
    ['at lunch it waits for 14:00', '2026-03-04T11:30:00Z', true, false, '2026-03-04T13:00:00Z'],
    [
      'in service hours it goes at once',
      '2026-03-04T09:00:00Z',
      true,
      false,
      '2026-03-04T09:00:00Z',
    ],
    [
      'an urgency at 23:00 on a Friday goes at once (seed 004)',
      '2026-03-06T22:00:00Z',
      true,
      true,
      '2026-03-06T22:00:00Z',
    ],
    [
      'a plan without the rule sends at once',
      '2026-03-06T22:00:00Z',
      false,
      false,
      '2026-03-06T22:00:00Z',
    ],
    [
      'over the DST change it waits for Monday 08:00 summer time',
      '2026-03-28T10:00:00Z',
      true,
      false,
      '2026-03-30T06:00:00Z',
    ],
  ];
  it.each(cases)('%s', (_why, now, inServiceHours, urgent, expected) => {
    expect(noticeSendAt({ inServiceHours, urgent, calendar: office }, at(now))).toBe(at(expected));
  });
});
