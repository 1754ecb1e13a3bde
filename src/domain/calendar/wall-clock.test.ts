import { describe, expect, it } from 'vitest';
import { parseLocalDate } from './time.js';
import { formatLocalDay, instantOfWallTime, localDayOf, offsetAt } from './wall-clock.js';

const day = (date: string) => parseLocalDate(date) ?? Number.NaN;

describe('wall clock of a zone', () => {
  it.each([
    // zone, date, wall time, instant
    ['America/Bogota', '2026-03-23', '09:00', '2026-03-23T09:00:00-05:00'],
    ['Europe/Madrid', '2026-03-28', '09:00', '2026-03-28T09:00:00+01:00'],
    ['Europe/Madrid', '2026-03-30', '09:00', '2026-03-30T09:00:00+02:00'],
    // spring forward: 02:30 does not exist, the transition (03:00 CEST) stands for it
    ['Europe/Madrid', '2026-03-29', '02:30', '2026-03-29T03:00:00+02:00'],
    // fall back: 02:30 happens twice, the first one is taken
    ['Europe/Madrid', '2026-10-25', '02:30', '2026-10-25T02:30:00+02:00'],
    // Santiago falls back at midnight (00:00 -03 becomes 23:00 -04): 5 Apr 00:00 happens once, at -04
    ['America/Santiago', '2026-04-05', '00:00', '2026-04-05T00:00:00-04:00'],
    ['America/Santiago', '2026-09-06', '00:00', '2026-09-06T01:00:00-03:00'],
  ])('in %s, %s %s is %s', (zone, date, time, iso) => {
    const [hh, mm] = time.split(':').map(Number);
    const at = instantOfWallTime(zone, day(date), (hh ?? 0) * 3600 + (mm ?? 0) * 60);
    expect(at).toBe(Date.parse(iso));
  });

  it.each([
    ['America/Bogota', '2026-03-24T04:59:59Z', '2026-03-23', -5],
    ['America/Bogota', '2026-03-24T05:00:00Z', '2026-03-24', -5],
    ['Europe/Madrid', '2026-03-29T22:30:00Z', '2026-03-30', 2],
    ['America/Santiago', '2026-04-05T03:30:00Z', '2026-04-04', -4],
  ])('in %s, %s falls on %s (UTC%i)', (zone, iso, date, hours) => {
    const at = Date.parse(iso);
    expect(formatLocalDay(localDayOf(zone, at))).toBe(date);
    expect(offsetAt(zone, at)).toBe(hours * 3_600_000);
  });
});
