import { describe, expect, it } from 'vitest';
import { complianceFor, firstResponseOutcome, type ResponseOutcome } from './compliance.js';
import type { SlaResult } from './compute.js';
import type { SlaClock } from './meter.js';

function outcomes(met: number, breached: number): ResponseOutcome[] {
  return [
    ...Array<ResponseOutcome>(met).fill('met'),
    ...Array<ResponseOutcome>(breached).fill('breached'),
  ];
}

describe('SLA compliance', () => {
  it('SLA compliance is met at 90 % and only judged with at least 10 tickets', () => {
    expect(complianceFor(outcomes(9, 1), 90, 10)).toEqual({
      met: 9,
      total: 10,
      percent: 90,
      target: 90,
      minimumSample: 10,
      verdict: 'met',
    });
    expect(complianceFor(outcomes(8, 2), 90, 10)).toMatchObject({ percent: 80, verdict: 'missed' });
    expect(complianceFor(outcomes(5, 4), 90, 10)).toMatchObject({
      total: 9,
      verdict: 'not_enough_tickets',
    });
    expect(complianceFor(outcomes(9, 0), 90, 10).verdict).toBe('not_enough_tickets');
    expect(complianceFor([], 90, 0)).toMatchObject({
      percent: null,
      verdict: 'not_enough_tickets',
    });
  });

  it.each([
    { met: 89, breached: 10, target: 90, verdict: 'missed', percent: 89.89 },
    { met: 90, breached: 10, target: 90, verdict: 'met', percent: 90 },
    { met: 27, breached: 3, target: 90, verdict: 'met', percent: 90 },
    { met: 1999, breached: 1, target: 99.95, verdict: 'met', percent: 99.95 },
    { met: 1998, breached: 2, target: 99.95, verdict: 'missed', percent: 99.9 },
    { met: 2, breached: 1, target: 66.67, verdict: 'missed', percent: 66.66 },
    { met: 10, breached: 0, target: 100, verdict: 'met', percent: 100 },
  ])('$met met and $breached breached against $target % is $verdict', (row) => {
    const { met, breached, target, verdict, percent } = row;
    expect(complianceFor(outcomes(met, breached), target, 1)).toMatchObject({ verdict, percent });
  });

  it('refuses a target with more than 2 decimals or out of range, and a bad sample', () => {
    expect(() => complianceFor([], 90.125, 10)).toThrowError(
      expect.objectContaining({ path: 'targetPercent' }),
    );
    expect(() => complianceFor([], 101, 10)).toThrowError(
      expect.objectContaining({ path: 'targetPercent' }),
    );
    expect(() => complianceFor([], 90, -1)).toThrowError(
      expect.objectContaining({ path: 'minimumSample' }),
    );
  });

  it('counts a first response once decided: breached even while running; closed unanswered in time is not judged', () => {
    const withState = (state: SlaClock['state'] | null, stopReason = 'responded'): SlaResult => ({
      now: 0,
      firstResponse: state === null ? null : ({ state, stopReason } as SlaClock),
      resolution: null,
      client: null,
      clientLate: false,
    });
    expect(firstResponseOutcome(withState('met'))).toBe('met');
    expect(firstResponseOutcome(withState('breached'))).toBe('breached');
    expect(firstResponseOutcome(withState('breached', 'closed'))).toBe('breached');
    expect(firstResponseOutcome(withState('met', 'closed'))).toBeNull();
    for (const state of ['running', 'at_risk', 'paused', null] as const) {
      expect(firstResponseOutcome(withState(state))).toBeNull();
    }
  });
});
