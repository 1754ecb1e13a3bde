import { describe, expect, it } from 'vitest';
import { localDateIn, startOfLocalDay } from './time-zone.js';

describe('startOfLocalDay', () => {
  it.each([
    ['an ordinary day in Madrid', '2026-03-02', 'Europe/Madrid', '2026-03-01T23:00:00.000Z'],
    [
      'the day Madrid springs forward (at 02:00)',
      '2026-03-29',
      'Europe/Madrid',
      '2026-03-28T23:00:00.000Z',
    ],
    [
      'Santiago falling back at midnight: the day starts at the second midnight',
      '2026-04-05',
      'America/Santiago',
      '2026-04-05T04:00:00.000Z',
    ],
    [
      'Santiago springing forward at midnight: the day starts at 01:00',
      '2026-09-06',
      'America/Santiago',
      '2026-09-06T04:00:00.000Z',
    ],
    ['a 45-minute offset', '2026-06-15', 'Asia/Kathmandu', '2026-06-14T18:15:00.000Z'],
    ['UTC', '2026-11-01', 'UTC', '2026-11-01T00:00:00.000Z'],
  ])('%s', (_rule, date, zone, expected) => {
    const start = startOfLocalDay(date, zone);
    expect(start.toISOString()).toBe(expected);
    expect(localDateIn(zone, start)).toBe(date);
    expect(localDateIn(zone, new Date(start.getTime() - 1000))).not.toBe(date);
  });
});
