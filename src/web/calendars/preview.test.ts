import { describe, expect, it } from 'vitest';
import { clockText, weekColumns, weekRange } from './preview.js';
import { specJson, weeklyMinutes } from './spec.js';
import { mondayOf, startOfDay } from './zone.js';

const madrid = 'Europe/Madrid';
const at = (text: string) => Date.parse(text);

describe('the week preview', () => {
  it('a week starts on the local Monday, whatever day it is now', () => {
    expect(mondayOf(at('2026-03-08T22:30:00Z'), madrid, 0)).toEqual({
      year: 2026,
      month: 3,
      day: 2,
    });
    expect(mondayOf(at('2026-03-08T23:30:00Z'), madrid, 0)).toEqual({
      year: 2026,
      month: 3,
      day: 9,
    });
    expect(mondayOf(at('2026-03-04T12:00:00Z'), madrid, -1)).toEqual({
      year: 2026,
      month: 2,
      day: 23,
    });
  });

  it('a local midnight is found across a DST change', () => {
    expect(startOfDay({ year: 2026, month: 3, day: 29 }, madrid)).toBe(at('2026-03-28T23:00:00Z'));
    expect(startOfDay({ year: 2026, month: 3, day: 30 }, madrid)).toBe(at('2026-03-29T22:00:00Z'));
  });

  it('the week spans 167 hours when the clocks go forward', () => {
    const { from, to } = weekRange({ year: 2026, month: 3, day: 23 }, madrid);
    expect((to - from) / 3_600_000).toBe(167);
  });

  it('intervals land on their local day, and overnight ones are split at midnight', () => {
    const monday = { year: 2026, month: 3, day: 2 };
    const columns = weekColumns(
      monday,
      [
        { start: at('2026-03-02T07:00:00Z'), end: at('2026-03-02T11:00:00Z') },
        { start: at('2026-03-05T21:00:00Z'), end: at('2026-03-06T05:00:00Z') },
      ],
      madrid,
    );
    expect(columns.map((c) => c.blocks)).toEqual([
      [{ startMinute: 480, endMinute: 720 }],
      [],
      [],
      [{ startMinute: 1320, endMinute: 1440 }],
      [{ startMinute: 0, endMinute: 360 }],
      [],
      [],
    ]);
    expect(clockText(1440)).toBe('24:00');
  });

  it('weekly hours add overnight intervals whole', () => {
    expect(
      weeklyMinutes({
        week: {
          mon: [
            ['08:00', '12:00'],
            ['14:00', '18:00'],
          ],
          thu: [['22:00', '06:00']],
          fri: [['00:00', '24:00']],
        },
      }),
    ).toBe(8 * 60 + 8 * 60 + 24 * 60);
  });
});

describe('the raw JSON view', () => {
  it('keeps each interval on one line', () => {
    const text = specJson({ timeZone: 'UTC', week: { mon: [['09:00', '18:00']] } });
    expect(text).toBe(
      '{\n  "timeZone": "UTC",\n  "week": {\n    "mon": [\n      ["09:00", "18:00"]\n    ]\n  }\n}',
    );
  });
});
