import { describe, expect, it } from 'vitest';
import { bog, bogota, people } from '../../../test/factories/agency.js';
import { type Ceremony, cancelCeremony, moveCeremony, recordMinutes } from './ceremonies.js';
import {
  placeCeremony,
  planCeremonies,
  quarterlyStrategyPlacement,
  sprintPlacements,
} from './ceremony-schedule.js';
import { sprintNumbered } from './sprints.js';

const sprintPlan = { firstSprintStart: '2026-03-16', businessDays: 10 };
const plan = planCeremonies(bogota, {
  operationStart: '2026-03-02',
  sprintPlan,
  until: '2026-06-10',
  people,
});
const byKey = (key: string): Ceremony => {
  const found = plan.find((c) => c.key === key);
  if (!found) throw new Error(`no ceremony ${key}`);
  return found;
};
const slot = (from: string, to: string) => ({ start: bog(from), end: bog(to) });

describe('ceremonies scheduled inside service hours on the Bogotá calendar', () => {
  it.each([
    // moment zero: the first two weeks of operation
    ['moment-zero/kickoff', '2026-03-02 09:00', '2026-03-02 10:00'],
    ['moment-zero/inception', '2026-03-03 09:00', '2026-03-03 11:00'],
    ['moment-zero/release_plan', '2026-03-09 09:00', '2026-03-09 10:00'],
    // refinement in the sprint's first week, review on its last business day
    ['sprint-1/refinement', '2026-03-16 09:00', '2026-03-16 10:00'],
    ['sprint-1/review', '2026-03-27 09:00', '2026-03-27 10:00'],
    ['sprint-2/review', '2026-04-10 09:00', '2026-04-10 10:00'], // Holy Week sprint
    // sprint 7 starts on Corpus Christi (Mon 8 Jun): its refinement moves to Tuesday
    ['sprint-7/refinement', '2026-06-09 09:00', '2026-06-09 10:00'],
    // the monthly report (1.5 h) in the first week of the next month
    ['month-2026-03/monthly_report', '2026-04-01 09:00', '2026-04-01 10:30'],
    ['month-2026-04/monthly_report', '2026-05-04 09:00', '2026-05-04 10:30'], // 1 May is a holiday
    ['month-2026-05/monthly_report', '2026-06-01 09:00', '2026-06-01 10:30'],
    // the quarterly strategy (2 h) opening the second quarter of operation (2 Jun)
    ['quarter-2/quarterly_strategy', '2026-06-02 09:00', '2026-06-02 11:00'],
  ])('%s is at %s–%s', (key, from, to) => {
    const ceremony = byKey(key);
    expect(ceremony.slot).toEqual(slot(from, to));
    expect(bogota.clock.between(ceremony.slot.start, ceremony.slot.end) * 1000).toBe(
      ceremony.slot.end - ceremony.slot.start,
    );
    expect(ceremony.slot.start).toBeGreaterThanOrEqual(ceremony.window.start);
    expect(ceremony.slot.end).toBeLessThanOrEqual(ceremony.window.end);
  });

  it('moment zero happens in the first two weeks of operation', () => {
    const zero = plan.filter((c) => c.key.startsWith('moment-zero/'));
    expect(zero.map((c) => c.kind)).toEqual(['kickoff', 'inception', 'release_plan']);
    for (const c of zero) expect(c.slot.end).toBeLessThanOrEqual(bog('2026-03-16 00:00'));
  });

  it('every sprint has one refinement in its first week and one review in its second week', () => {
    for (let n = 1; n <= 7; n++) {
      const sprint = sprintNumbered(bogota, sprintPlan, n);
      const secondWeek = bog(`${sprint.startDate} 00:00`) + 7 * 86_400_000;
      expect(byKey(`sprint-${n}/refinement`).slot.start).toBeLessThan(secondWeek);
      expect(byKey(`sprint-${n}/review`).slot.start).toBeGreaterThanOrEqual(secondWeek);
    }
  });

  it('no two ceremonies of a contract overlap', () => {
    const slots = plan.map((c) => c.slot);
    for (const [i, a] of slots.entries()) {
      for (const b of slots.slice(i + 1)) expect(a.end <= b.start || b.end <= a.start).toBe(true);
    }
  });

  it('a ceremony never straddles the lunch break: a taken morning pushes it to the afternoon', () => {
    const sprint = sprintNumbered(bogota, sprintPlan, 3);
    const [, review] = sprintPlacements(bogota, sprint, { people });
    if (!review) throw new Error('no review placement');
    const taken = [slot('2026-04-24 08:00', '2026-04-24 11:30')];
    const placed = placeCeremony(bogota, review, { people }, taken);
    expect(placed.slot).toEqual(slot('2026-04-24 14:00', '2026-04-24 15:00'));
  });

  it('the monthly report and the quarterly strategy require the client sponsors', () => {
    const monthly = byKey('month-2026-03/monthly_report');
    expect(monthly.attendees.filter((a) => a.required).map((a) => a.personId)).toEqual([
      'ana',
      'sol',
    ]);
    const noSponsor = people.filter((p) => p.role !== 'sponsor');
    const placement = quarterlyStrategyPlacement(bogota, '2026-03-02', 2, { people: noSponsor });
    expect(() => placeCeremony(bogota, placement, { people: noSponsor })).toThrow(
      expect.objectContaining({
        rule: 'sponsors_missing',
        params: { kind: 'quarterly_strategy', sides: ['client'] },
      }),
    );
  });

  it('sprint ceremonies require the decision-maker and the strategist', () => {
    const review = byKey('sprint-1/review');
    expect(review.attendees.filter((a) => a.required).map((a) => a.personId)).toEqual([
      'ana',
      'dora',
    ]);
  });
});

describe('moving a ceremony by agreement', () => {
  const review = byKey('sprint-3/review'); // Fri 24 Apr 09:00–10:00
  const move = { movedBy: 'dora', reason: 'sponsor travelling', at: bog('2026-04-20 10:00') };

  it('records who moved it, why, from where to where, and bumps the sequence', () => {
    const moved = moveCeremony(bogota, review, { ...move, start: bog('2026-04-23 15:00') });
    expect(moved.slot).toEqual(slot('2026-04-23 15:00', '2026-04-23 16:00'));
    expect(moved.sequence).toBe(1);
    expect(moved.moves).toEqual([{ from: review.slot, to: moved.slot, ...move }]);
    const again = moveCeremony(bogota, moved, {
      ...move,
      movedBy: 'ana',
      start: bog('2026-04-24 16:00'),
    });
    expect(again.sequence).toBe(2);
    expect(again.moves.map((m) => m.movedBy)).toEqual(['dora', 'ana']);
  });

  it.each([
    ['2026-04-24 11:30', 'across the lunch break'],
    ['2026-04-24 17:30', 'past closing time'],
    ['2026-04-25 09:00', 'on a Saturday'],
    ['2026-05-18 09:00', 'on a holiday (Ascension)'],
    ['2026-04-24 07:00', 'before opening'],
  ])('a move to %s (%s) is refused: ceremonies stay inside service hours', (start) => {
    expect(() => moveCeremony(bogota, review, { ...move, start: bog(start) })).toThrow(
      expect.objectContaining({ rule: 'outside_service_hours', path: 'start' }),
    );
  });

  it('a move without a reason is refused naming the field', () => {
    expect(() =>
      moveCeremony(bogota, review, { ...move, reason: '  ', start: bog('2026-04-23 15:00') }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'reason' }));
  });
});

describe('minutes', () => {
  const monthly = byKey('month-2026-03/monthly_report');
  const minutes = {
    recordedBy: 'ana',
    at: bog('2026-04-01 10:30'),
    summary: 'Resultados de marzo',
    decisions: ['Priorizar la landing de abril'],
  };

  it('record who attended and list the required sponsors who did not', () => {
    const held = recordMinutes(monthly, { ...minutes, attended: ['ana', 'dora', 'max'] });
    expect(held.status).toBe('held');
    expect(held.minutes).toMatchObject({
      attended: ['ana', 'dora', 'max'],
      absentRequired: ['sol'],
    });
    const full = recordMinutes(monthly, { ...minutes, attended: ['ana', 'sol'] });
    expect(full.minutes?.absentRequired).toEqual([]);
  });

  it('are refused before the ceremony begins, and a held ceremony cannot be moved', () => {
    expect(() =>
      recordMinutes(monthly, { ...minutes, at: bog('2026-04-01 08:59'), attended: [] }),
    ).toThrow(expect.objectContaining({ rule: 'wrong_state' }));
    const held = recordMinutes(monthly, { ...minutes, attended: ['ana'] });
    expect(() =>
      moveCeremony(bogota, held, {
        movedBy: 'ana',
        reason: 'x',
        at: 0,
        start: bog('2026-04-02 09:00'),
      }),
    ).toThrow(expect.objectContaining({ rule: 'ceremony_closed' }));
  });
});

describe('cancelling a ceremony', () => {
  const review = byKey('sprint-3/review'); // Fri 24 Apr 09:00–10:00
  const cancel = {
    cancelledBy: 'dora',
    reason: 'Semana de cierre del cliente',
    at: bog('2026-04-20 10:00'),
  };

  it('a cancelled ceremony keeps its slot, says who cancelled it and why, and bumps the sequence', () => {
    const moved = moveCeremony(bogota, review, {
      movedBy: 'ana',
      reason: 'viaje',
      at: bog('2026-04-20 09:00'),
      start: bog('2026-04-23 15:00'),
    });
    const cancelled = cancelCeremony(moved, cancel);
    expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 2, slot: moved.slot });
    expect(cancelled.cancellation).toEqual(cancel);
  });

  it('a cancellation without a reason is refused naming the field', () => {
    expect(() => cancelCeremony(review, { ...cancel, reason: ' ' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'reason' }),
    );
  });

  const cancelled = cancelCeremony(review, cancel);
  const held = recordMinutes(review, {
    recordedBy: 'ana',
    at: bog('2026-04-24 10:00'),
    summary: 'Entregables del sprint 3',
    attended: ['ana'],
  });
  it.each([
    [
      'cancelled',
      'cancelled again',
      cancelled,
      () => cancelCeremony(cancelled, cancel),
      'ceremony_cancelled',
    ],
    [
      'cancelled',
      'moved',
      cancelled,
      () =>
        moveCeremony(bogota, cancelled, {
          movedBy: 'ana',
          reason: 'x',
          at: 0,
          start: bog('2026-04-23 15:00'),
        }),
      'ceremony_cancelled',
    ],
    [
      'cancelled',
      'given minutes',
      cancelled,
      () =>
        recordMinutes(cancelled, {
          recordedBy: 'ana',
          at: bog('2026-04-24 10:00'),
          summary: 'x',
          attended: [],
        }),
      'ceremony_cancelled',
    ],
    ['held', 'cancelled', held, () => cancelCeremony(held, cancel), 'ceremony_closed'],
  ] as const)('a %s ceremony cannot be %s', (_state, _what, _ceremony, act, rule) => {
    expect(act).toThrow(expect.objectContaining({ rule }));
  });
});
