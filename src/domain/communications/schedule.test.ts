import { describe, expect, it } from 'vitest';
import { compileCalendar } from '../calendar/calendar.js';
import { parseCalendarSpec } from '../calendar/spec.js';
import { checkSchedule, sendAt, sendBatches } from './schedule.js';

const minute = 60_000;
// Mon–Fri 09:00–18:00 in Santiago; 2026-09-18 (Fiestas Patrias, a Friday) is a holiday in Chile.
const window = compileCalendar(
  parseCalendarSpec({
    timeZone: 'America/Santiago',
    week: {
      mon: [['09:00', '18:00']],
      tue: [['09:00', '18:00']],
      wed: [['09:00', '18:00']],
      thu: [['09:00', '18:00']],
      fri: [['09:00', '18:00']],
    },
    holidayRegions: [{ country: 'CL' }],
  }),
);

describe('a throttled send schedule', () => {
  const start = Date.UTC(2026, 8, 14, 12); // Monday 14 Sept, 09:00 in Santiago (UTC-3)

  it.each([
    [0, 0],
    [99, 0],
    [100, 1],
    [250, 2],
    [9_999, 99],
  ])('without a window, message %i leaves in minute %i', (index, slot) => {
    expect(sendAt({ startAt: start, perMinute: 100, window: null }, index)).toBe(
      start + slot * minute,
    );
  });

  it('within a window, minutes are counted in open time: nights, weekends and holidays skipped', () => {
    const schedule = { startAt: start - 3 * 60 * minute, perMinute: 10, window }; // 06:00: waits for 09:00
    expect(sendAt(schedule, 0)).toBe(start);
    // A day holds 540 open minutes: message 5,400 opens Tuesday at 09:00.
    expect(sendAt(schedule, 5_400)).toBe(start + 24 * 60 * minute);
    expect(sendAt(schedule, 5_399)).toBe(start + 539 * minute);
    // 4 days of 540 minutes run Monday–Thursday; Friday 18 Sept is a holiday, so Monday 21st.
    expect(sendAt(schedule, 4 * 5_400)).toBe(start + 7 * 24 * 60 * minute);
  });

  it('batches cover every message once, a minute apart, lazily', () => {
    const batches = [...sendBatches({ startAt: start, perMinute: 400, window: null }, 1_000)];
    expect(batches).toEqual([
      { first: 0, last: 399, at: start },
      { first: 400, last: 799, at: start + minute },
      { first: 800, last: 999, at: start + 2 * minute },
    ]);
    const huge = sendBatches({ startAt: start, perMinute: 1, window }, 1_000_000);
    expect(huge.next().value).toEqual({ first: 0, last: 0, at: start });
    expect([...sendBatches({ startAt: start, perMinute: 5, window: null }, 0)]).toEqual([]);
  });

  it.each([
    [{ perMinute: 0 }, 'schedule.perMinute'],
    [{ perMinute: 10_001 }, 'schedule.perMinute'],
    [{ perMinute: 2.5 }, 'schedule.perMinute'],
    [{ startAt: Number.NaN }, 'schedule.startAt'],
  ])('%o is refused at %s', (change, path) => {
    expect(() => checkSchedule({ startAt: start, perMinute: 10, window: null, ...change })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path }),
    );
  });
});
