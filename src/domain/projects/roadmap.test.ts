import { describe, expect, it } from 'vitest';
import {
  buildOfficeSpec,
  businessDaysFor,
  type ZoneName,
} from '../../../test/factories/projects.js';
import {
  checkMilestone,
  type Milestone,
  milestoneProgress,
  phaseMilestones,
  roadmapProgress,
} from './progress.js';
import { type PhaseKey, planRoadmap, type RoadmapRequest, roadmapTemplate } from './roadmap.js';

const daysIn = (zone: ZoneName) => businessDaysFor(buildOfficeSpec(zone));
const shortest: RoadmapRequest = { startOn: '2026-03-02', lengths: {} };

describe('the roadmap template of seed 003', () => {
  it('has kick-off 1–2 weeks, development 1–3 months, roll-out 1–2 months, maintenance 1–6 months', () => {
    expect(roadmapTemplate.map((p) => `${p.key} ${p.min}-${p.max} ${p.unit}`)).toEqual([
      'kick_off 1-2 week',
      'development 1-3 month',
      'roll_out 1-2 month',
      'maintenance 1-6 month',
    ]);
    expect(roadmapTemplate.map((p) => p.expectedResults.length)).toEqual([4, 3, 4, 3]);
    expect(roadmapTemplate[0]?.expectedResults).toContain('team_and_raci');
  });

  it("plans the phases one after the other on the contract's business days", () => {
    // Hand count (Mon–Fri 09–18): see business-days.test.ts for the 2026 holidays.
    // Madrid, shortest: kick-off 03-02…03-06 (5); development 03-09…04-08: March 17 + Apr 1 +
    // Apr 6–8 = 21; roll-out 04-09…05-08: April 16 + May 4–8 = 21 (May 1 is a holiday);
    // maintenance 05-11…06-10 (window to 06-10): 23. Santiago works Holy Thursday (dev 22) and
    // stops on Navy Day, 21 May (maintenance 22). Bogotá stops on 23 March (dev 20) and on the
    // Mondays 18 May and 8 June (maintenance 21).
    // Bogotá, longest but one-month maintenance, from Saturday 03-21: kick-off from Tue 03-24
    // (Mon 23 is a holiday) to Mon 04-06: 8; development 04-07…07-06: 18 + 19 + 19 + 4 = 60;
    // roll-out 07-07…09-04 (the window ends Sunday 09-06): 17 + 19 + 4 = 40; maintenance
    // 09-07…10-06: 22.
    const cases: [ZoneName, RoadmapRequest, string[]][] = [
      ['madrid', shortest, ['03-02 03-06 5', '03-09 04-08 21', '04-09 05-08 21', '05-11 06-10 23']],
      [
        'santiago',
        shortest,
        ['03-02 03-06 5', '03-09 04-08 22', '04-09 05-08 21', '05-11 06-10 22'],
      ],
      ['bogota', shortest, ['03-02 03-06 5', '03-09 04-08 20', '04-09 05-08 21', '05-11 06-10 21']],
      [
        'bogota',
        {
          startOn: '2026-03-21',
          lengths: { kick_off: 2, development: 3, roll_out: 2, maintenance: 1 },
        },
        ['03-24 04-06 8', '04-07 07-06 60', '07-07 09-04 40', '09-07 10-06 22'],
      ],
      [
        'madrid',
        { startOn: '2026-04-02', lengths: { kick_off: 2 } }, // starts after Easter
        ['04-06 04-17 10', '04-20 05-19 21', '05-20 06-19 23', '06-22 07-21 22'],
      ],
    ];
    for (const [zone, request, expected] of cases) {
      const phases = planRoadmap(request, daysIn(zone));
      expect(
        phases.map((p) => `${p.start.slice(5)} ${p.end.slice(5)} ${p.businessDays}`),
        `${zone} from ${request.startOn}`,
      ).toEqual(expected);
    }
  });

  it('refuses lengths outside the ranges the seed states, and unknown phases', () => {
    const cases: [Partial<Record<string, number>>, path: string][] = [
      [{ kick_off: 3 }, 'lengths.kick_off'],
      [{ development: 0 }, 'lengths.development'],
      [{ roll_out: 1.5 }, 'lengths.roll_out'],
      [{ maintenance: 7 }, 'lengths.maintenance'],
      [{ launch: 1 }, 'lengths.launch'],
    ];
    for (const [lengths, path] of cases) {
      expect(() => planRoadmap({ startOn: '2026-03-02', lengths }, daysIn('madrid')), path).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    }
    expect(() => planRoadmap({ startOn: '2026-13-01', lengths: {} }, daysIn('madrid'))).toThrow(
      expect.objectContaining({ path: 'startOn' }),
    );
  });
});

describe('plan vs actual', () => {
  const days = daysIn('madrid');
  const phases = planRoadmap(shortest, days);

  it('counts delays in business days: done, running late, started late, not due', () => {
    const actuals = {
      kick_off: { start: '2026-03-03', end: '2026-03-10' },
      development: { start: '2026-03-11', end: null },
    };
    const progress = roadmapProgress(phases, actuals, '2026-04-10', days);
    expect(progress.map((p) => [p.phase.key, p.state, p.startDelay, p.endDelay, p.late])).toEqual([
      ['kick_off', 'done', 1, 2, true], // planned end Fri 03-06, ended Tue 03-10
      ['development', 'in_progress', 2, 2, true], // due Wed 04-08, still open on Fri 04-10
      ['roll_out', 'not_started', 1, null, true], // due to start Thu 04-09
      ['maintenance', 'not_started', null, null, false],
    ]);
    const early = roadmapProgress(
      phases,
      { kick_off: { start: '2026-03-02', end: '2026-03-05' } },
      '2026-03-06',
      days,
    );
    expect(early[0]).toMatchObject({ startDelay: 0, endDelay: -1, late: false });
    expect(early[1]).toMatchObject({ startDelay: null, endDelay: null, late: false });
  });

  it('refuses actual dates in the future, ends without a start and ends before starts', () => {
    const cases: [
      Partial<Record<PhaseKey, { start: string | null; end: string | null }>>,
      string,
    ][] = [
      [{ kick_off: { start: '2026-03-20', end: null } }, 'actuals.kick_off.start'],
      [{ kick_off: { start: null, end: '2026-03-06' } }, 'actuals.kick_off.end'],
      [{ development: { start: '2026-03-09', end: '2026-03-06' } }, 'actuals.development.end'],
      [{ roll_out: { start: '2026-02-30', end: null } }, 'actuals.roll_out.start'],
      [{ launch: { start: null, end: null } } as never, 'actuals.launch'],
    ];
    for (const [actuals, path] of cases) {
      expect(() => roadmapProgress(phases, actuals, '2026-03-10', days), path).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    }
  });

  it('keeps milestones on business days inside their phase, with their delay', () => {
    const ends = phaseMilestones(phases);
    expect(ends.map((m) => `${m.id} ${m.dueOn}`)).toEqual([
      'kick_off_end 2026-03-06',
      'development_end 2026-04-08',
      'roll_out_end 2026-05-08',
      'maintenance_end 2026-06-10',
    ]);
    const agreed: Milestone = {
      id: 'backlog',
      phase: 'development',
      title: 'Backlog agreed',
      dueOn: '2026-03-20',
      reachedOn: '2026-03-24',
    };
    expect(() => checkMilestone(agreed, phases, days)).not.toThrow();
    const bad: [Partial<Milestone>, string][] = [
      [{ dueOn: '2026-04-02' }, 'milestone.dueOn'], // Holy Thursday
      [{ dueOn: '2026-04-20' }, 'milestone.dueOn'], // in roll-out
      [{ dueOn: '2026-03-21' }, 'milestone.dueOn'], // Saturday
      [{ title: ' ' }, 'milestone.title'],
    ];
    for (const [change, path] of bad) {
      expect(() => checkMilestone({ ...agreed, ...change }, phases, days)).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    }
    const progress = milestoneProgress([agreed, ...ends], '2026-03-25', days);
    expect(progress.map((p) => [p.milestone.id, p.delay, p.late])).toEqual([
      ['backlog', 2, true],
      ['kick_off_end', 13, true], // not reached, due Fri 03-06, today Wed 03-25: 5 + 5 + 3
      ['development_end', null, false],
      ['roll_out_end', null, false],
      ['maintenance_end', null, false],
    ]);
  });
});
