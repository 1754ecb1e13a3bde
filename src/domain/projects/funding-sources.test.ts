import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import type { LedgerEntry } from '../hour-bank/index.js';
import { parseMoney } from '../money.js';
import { presetById } from '../plans/presets.js';
import {
  checkGrowthStart,
  type FundingSource,
  fundingUse,
  idleReservedElsewhere,
} from './funding-sources.js';
import { projectWorkRef } from './project-work.js';

const idle: FundingSource = {
  kind: 'idle_hours',
  on: '2026-04-02',
  minutes: 720,
  expiresOn: '2026-05-01',
};
const growth: FundingSource = {
  kind: 'temporary_growth',
  on: '2026-04-02',
  from: '2026-05-01',
  months: 1,
  minutesPerMonth: 480,
  pricePerMonth: parseMoney('43.80', 'CLF'),
  amendmentIds: ['g', 'r', 's'],
};

let next = 0;
/** A consume of project work (or of a ticket) on a day. */
function work(on: string, minutes: number, projectId = 'p1'): LedgerEntry {
  next += 1;
  return {
    id: `e${next}`,
    type: 'consume',
    on,
    minutes,
    kind: 'project_work',
    ticketId: projectId === '' ? 'T-1' : projectWorkRef(projectId),
    needsApproval: false,
  } as LedgerEntry;
}

describe('funding sources', () => {
  it('project work fills the idle hours first while they last, then the growth, and the rest is unfunded', () => {
    const cases: [entries: LedgerEntry[], used: number[], unfunded: number][] = [
      [[work('2026-04-02', 300)], [300, 0], 0],
      [[work('2026-04-02', 700), work('2026-04-20', 100)], [720, 0], 80],
      // after the idle hours expire, work is the growth's
      [[work('2026-04-02', 300), work('2026-05-04', 480)], [300, 480], 0],
      [[work('2026-05-04', 600)], [0, 480], 120],
      // other projects' and tickets' work is not this project's
      [[work('2026-04-02', 300, 'p2'), work('2026-04-02', 60, '')], [0, 0], 0],
    ];
    for (const [entries, used, unfunded] of cases) {
      const use = fundingUse('p1', [growth, idle], entries);
      expect(use.sources.map((s) => s.usedMinutes)).toEqual(used.slice().reverse());
      expect(use.unfundedUsedMinutes).toBe(unfunded);
    }
  });

  it('idle hours another project set aside and has not used are not counted twice', () => {
    const others = [{ id: 'p2', funding: [idle] }];
    expect(idleReservedElsewhere(others, [], '2026-05-01')).toBe(720);
    expect(idleReservedElsewhere(others, [work('2026-04-03', 500, 'p2')], '2026-05-01')).toBe(220);
    expect(idleReservedElsewhere(others, [], '2026-06-01')).toBe(0);
  });

  it('a growth starts on the first day of a month not yet billed', () => {
    const plan = presetById('seed002-infinity-25').params;
    const inAdvance = buildContract({ start: '2026-03-01', plan });
    const inArrears = buildContract({
      start: '2026-03-01',
      plan: { ...plan, billing: { every: 'month', timing: 'in_arrears' } },
    });
    const rule = (run: () => void) => {
      try {
        run();
        return 'ok';
      } catch (error) {
        return (error as { rule?: string }).rule;
      }
    };
    const cases: [string, string, string][] = [
      ['in advance, next month', '2026-04-01', 'ok'],
      ['in advance, this month', '2026-03-01', 'growth_month_billed'],
      ['mid-month', '2026-04-15', 'growth_not_on_period_start'],
    ];
    for (const [name, from, expected] of cases) {
      expect(
        rule(() => checkGrowthStart(inAdvance, from, '2026-03-10')),
        name,
      ).toBe(expected);
    }
    expect(rule(() => checkGrowthStart(inArrears, '2026-03-01', '2026-03-10'))).toBe('ok');
  });
});
