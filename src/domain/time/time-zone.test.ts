import { describe, expect, it } from 'vitest';
import { instantOfLocalTime, localDateIn, startOfLocalDay } from './time-zone.js';

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

describe('instantOfLocalTime', () => {
  it.each([
    [
      '10:00 in Madrid after the spring change',
      '2026-03-30',
      '10:00',
      'Europe/Madrid',
      '2026-03-30T08:00:00.000Z',
    ],
    [
      '10:00 in Madrid before it',
      '2026-03-27',
      '10:00',
      'Europe/Madrid',
      '2026-03-27T09:00:00.000Z',
    ],
    [
      '09:30 in Bogotá (no summer time)',
      '2026-07-01',
      '09:30',
      'America/Bogota',
      '2026-07-01T14:30:00.000Z',
    ],
    [
      '10:00 in Santiago the day it falls back',
      '2026-04-05',
      '10:00',
      'America/Santiago',
      '2026-04-05T14:00:00.000Z',
    ],
    [
      '10:00 in Santiago the day it springs forward',
      '2026-09-06',
      '10:00',
      'America/Santiago',
      '2026-09-06T13:00:00.000Z',
    ],
    [
      '02:30 in the Madrid gap: the transition itself',
      '2026-03-29',
      '02:30',
      'Europe/Madrid',
      '2026-03-29T01:00:00.000Z',
    ],
  ])('%s', (_, date, time, zone, expected) => {
    expect(instantOfLocalTime(date, time, zone).toISOString()).toBe(expected);
  });
});
