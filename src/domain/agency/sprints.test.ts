import { describe, expect, it } from 'vitest';
import { bog, bogota } from '../../../test/factories/agency.js';
import { agencyCalendarOf } from './agency-calendar.js';
import { AgencyRuleError } from './errors.js';
import {
  firstSprintStartAfter,
  type SprintPlan,
  sprintNumbered,
  sprintOn,
  sprintsBetween,
} from './sprints.js';

/** Operation from Mon 2 Mar 2026: moment zero 2–13 Mar, sprint 1 from Mon 16 Mar. */
const plan: SprintPlan = {
  firstSprintStart: firstSprintStartAfter('2026-03-02'),
  businessDays: 10,
};

describe('sprints of N business days on the contract calendar (Bogotá, Colombian holidays)', () => {
  it.each([
    // number, first day, last day (Sunday), business days, closed weekdays (holidays)
    [1, '2026-03-16', '2026-03-29', 9, ['2026-03-23']], // San José (Monday)
    [2, '2026-03-30', '2026-04-12', 8, ['2026-04-02', '2026-04-03']], // Holy Thursday and Good Friday
    [3, '2026-04-13', '2026-04-26', 10, []],
    [4, '2026-04-27', '2026-05-10', 9, ['2026-05-01']], // Labour Day (Friday)
    [5, '2026-05-11', '2026-05-24', 9, ['2026-05-18']], // Ascension (moved to Monday)
    [6, '2026-05-25', '2026-06-07', 10, []],
    [7, '2026-06-08', '2026-06-21', 8, ['2026-06-08', '2026-06-15']], // Corpus Christi, Sacred Heart
  ])(
    'a sprint with holidays keeps its two-week window but has fewer business days: sprint %i',
    (number, start, end, count, closed) => {
      const sprint = sprintNumbered(bogota, plan, number);
      expect(sprint).toMatchObject({
        startDate: start,
        endDate: end,
        weeks: 2,
        closedDays: closed,
      });
      expect(sprint.businessDays).toHaveLength(count);
      expect(sprint.businessDays.some((day) => closed.includes(day))).toBe(false);
      expect(sprint.window).toEqual({
        start: bog(`${start} 00:00`),
        end: bog(`${end} 00:00`) + 86_400_000,
      });
    },
  );

  it('sprints start on the same weekday every two calendar weeks, holidays or not', () => {
    const sprints = sprintsBetween(bogota, plan, '2026-03-01', '2026-07-01');
    expect(sprints.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const [i, sprint] of sprints.entries()) {
      expect(new Date(`${sprint.startDate}T12:00:00Z`).getUTCDay()).toBe(1);
      const next = sprints[i + 1];
      if (next)
        expect(Date.parse(next.startDate) - Date.parse(sprint.startDate)).toBe(14 * 86_400_000);
    }
  });

  it.each([
    ['2026-03-15', null], // before sprint 1 (moment zero)
    ['2026-03-16', 1],
    ['2026-03-23', 1], // the holiday still belongs to its sprint
    ['2026-03-29', 1], // Sunday closing the window
    ['2026-03-30', 2],
    ['2026-04-12', 2],
    ['2026-04-13', 3],
  ])('the sprint on %s is %s', (date, number) => {
    expect(sprintOn(bogota, plan, date)?.number ?? null).toBe(number);
  });

  it('a sprint of 5 business days is one calendar week', () => {
    const weekly = { firstSprintStart: '2026-03-16', businessDays: 5 };
    expect(sprintNumbered(bogota, weekly, 2)).toMatchObject({
      startDate: '2026-03-23',
      endDate: '2026-03-29',
      weeks: 1,
      closedDays: ['2026-03-23'],
    });
  });

  it.each([7, 12, 0, -10])(
    'a sprint length that is not whole weeks of the calendar (%i days) is refused',
    (businessDays) => {
      const call = () =>
        sprintNumbered(bogota, { firstSprintStart: '2026-03-16', businessDays }, 1);
      expect(call).toThrow(AgencyRuleError);
      expect(call).toThrow(
        expect.objectContaining({ rule: 'sprint_length_not_whole_weeks', path: 'businessDays' }),
      );
    },
  );

  it('a bad first sprint date names the field', () => {
    expect(() =>
      sprintOn(bogota, { firstSprintStart: '2026-02-30', businessDays: 10 }, '2026-03-02'),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'firstSprintStart' }));
  });

  it('on a Madrid calendar across the spring DST change, Holy Week makes an 8-day sprint', () => {
    const day = [
      ['09:00', '14:00'],
      ['15:00', '18:00'],
    ];
    const madrid = agencyCalendarOf({
      timeZone: 'Europe/Madrid',
      week: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidayRegions: [{ country: 'ES', region: 'MD' }],
    });
    const sprint = sprintNumbered(madrid, { firstSprintStart: '2026-03-23', businessDays: 10 }, 1);
    expect(sprint.closedDays).toEqual(['2026-04-02', '2026-04-03']);
    expect(sprint.businessDays).toHaveLength(8);
    // The window starts at CET midnight and ends at CEST midnight (clocks changed on 29 Mar).
    expect(sprint.window).toEqual({
      start: Date.parse('2026-03-23T00:00:00+01:00'),
      end: Date.parse('2026-04-06T00:00:00+02:00'),
    });
  });
});
