import { describe, expect, it } from 'vitest';
import { addMonths, isLocalDate } from '../time/local-date.js';
import { listPeriods, periodByIndex, periodOf } from './periods.js';

describe('monthly periods count from the contract start, days clamped', () => {
  const fromJan31 = { start: '2025-01-31', unit: 'month' } as const;

  it.each([
    [0, '2025-01-31', '2025-02-28', '2025-02-27'],
    [1, '2025-02-28', '2025-03-31', '2025-03-30'],
    [2, '2025-03-31', '2025-04-30', '2025-04-29'],
    [12, '2026-01-31', '2026-02-28', '2026-02-27'],
    [13, '2026-02-28', '2026-03-31', '2026-03-30'],
  ])('period %i is %s – %s (last day %s)', (index, start, end, lastDay) => {
    expect(periodByIndex(fromJan31, index)).toEqual({ index, key: start, start, end, lastDay });
  });

  it.each([
    ['2025-01-31', 0],
    ['2025-02-27', 0],
    ['2025-02-28', 1],
    ['2025-03-30', 1],
    ['2025-03-31', 2],
    ['2028-02-29', 37],
  ])('%s falls in period %i', (date, index) => {
    expect(periodOf(fromJan31, date).index).toBe(index);
  });

  it('a date before the start is invalid_input naming the field', () => {
    expect(() => periodOf(fromJan31, '2025-01-30', 'entry.on')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'entry.on' }),
    );
  });
});

describe('yearly periods', () => {
  it('run from the start date to the same date next year (29 February clamped)', () => {
    const schedule = { start: '2024-02-29', unit: 'year' } as const;
    expect(periodByIndex(schedule, 0)).toMatchObject({
      start: '2024-02-29',
      end: '2025-02-28',
      lastDay: '2025-02-27',
    });
    expect(periodByIndex(schedule, 4)).toMatchObject({ start: '2028-02-29', end: '2029-02-28' });
    expect(periodOf(schedule, '2025-02-28').index).toBe(1);
  });
});

describe('listPeriods', () => {
  it('lists the periods overlapping a range of days', () => {
    const schedule = { start: '2025-01-15', unit: 'month' } as const;
    expect(listPeriods(schedule, '2025-02-01', '2025-04-15').map((p) => p.key)).toEqual([
      '2025-01-15',
      '2025-02-15',
      '2025-03-15',
      '2025-04-15',
    ]);
    expect(listPeriods(schedule, '2024-12-01', '2025-01-20').map((p) => p.key)).toEqual([
      '2025-01-15',
    ]);
  });
});

describe('local dates', () => {
  it.each([
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['2025-04-31', false],
  ])('%s is a date: %s', (value, ok) => {
    expect(isLocalDate(value)).toBe(ok);
  });

  it('adds months across years', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });
});
