import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildConsume, MemoryLedger } from '../../../test/factories/hour-bank.js';
import { sequentialIds } from '../../../test/factories/projects.js';
import { buildQuote, decisionMaker } from '../../../test/factories/quotes.js';
import { type Contract, periodByIndex, scheduleOf } from '../contracts/index.js';
import { balanceAt, closePeriod, missingGrants, statement } from '../hour-bank/index.js';
import { toDecimalString } from '../money.js';
import { presetById } from '../plans/presets.js';
import { decideQuote, sendQuote } from '../quotes/index.js';
import { type IdleHours, idleHours, planFunding } from './funding.js';
import { projectFromQuote } from './project.js';
import { budgetUse, projectWorkEntry } from './project-work.js';

const contract: Contract = buildContract({
  start: '2026-02-01',
  plan: presetById('seed002-infinity-25').params,
});
const period = (index: number) => periodByIndex(scheduleOf(contract), index);

/** February: 1,500 min granted, 600 used; closed, so 900 are left that expire at March's end. */
function februaryLeavesNineHundred(): MemoryLedger {
  const ledger = new MemoryLedger();
  ledger.record(contract, ...missingGrants(contract, [], period(0)));
  ledger.record(contract, buildConsume('2026-02-10', 480), buildConsume('2026-02-20', 120));
  ledger.record(contract, ...closePeriod(contract, ledger.entries, period(0)));
  return ledger;
}

/** A 20-hour project from an approved quote (1,200 min budget). */
const project = projectFromQuote(
  decideQuote(sendQuote(buildQuote(), { on: '2026-03-05', by: 'agent-1' }), {
    version: 1,
    decision: 'approved',
    on: '2026-03-06',
    by: decisionMaker,
    reason: null,
  }),
  'project-1',
  sequentialIds('story'),
);

describe('idle hours', () => {
  it('are the hours expiring this period, less approvals pending and the ticket work forecast', () => {
    const ledger = februaryLeavesNineHundred();
    ledger.record(contract, buildConsume('2026-03-03', 60, { needsApproval: true }));
    const cases: [forecast: number, idle: number][] = [
      [0, 840],
      [180, 660],
      [840, 0],
      [2000, 0],
    ];
    for (const [forecast, idle] of cases) {
      expect(idleHours(contract, ledger.entries, '2026-03-05', forecast)).toEqual({
        on: '2026-03-05',
        expiresOn: '2026-04-01',
        expiringMinutes: 900,
        pendingMinutes: 60,
        forecastMinutes: forecast,
        idleMinutes: idle,
      });
    }
    expect(() => idleHours(contract, ledger.entries, '2026-03-05', -1)).toThrow(
      expect.objectContaining({ path: 'forecastMinutes' }),
    );
  });

  it('a project funded by idle hours consumes the hours that would expire first', () => {
    // February's 900 expire on 04-01, March's 1,500 on 05-01. Whatever the project uses, it
    // takes from February's first: March's closing expiry falls by as much, up to 900.
    const cases: [projectMinutes: number[], febLeft: number, marchLeft: number, expired: number][] =
      [
        [[300], 600, 1500, 600],
        [[300, 420], 180, 1500, 180],
        [[300, 300, 300], 0, 1500, 0],
        [[480, 480, 240], 0, 1200, 0],
      ];
    for (const [work, febLeft, marchLeft, expired] of cases) {
      const ledger = februaryLeavesNineHundred();
      work.forEach((minutes, day) => {
        const on = `2026-03-1${day}`;
        ledger.record(contract, projectWorkEntry(project, ledger.entries, { on, minutes }));
      });
      const grants = balanceAt(contract, ledger.entries, '2026-03-31').grants;
      expect(
        grants.map((g) => [g.expiresOn, g.remainingMinutes]),
        String(work),
      ).toEqual(
        [
          ['2026-04-01', febLeft],
          ['2026-05-01', marchLeft],
        ].filter(([, left]) => left !== 0),
      );
      expect(statement(contract, ledger.entries, period(1)).expiredMinutes).toBe(expired);
    }
  });
});

describe('a project budget', () => {
  it('is drawn idle hours first, then a growth or prepaid hours at the plan rate, in whole hours', () => {
    const idle = (idleMinutes: number): IdleHours => ({
      on: '2026-03-05',
      expiresOn: '2026-04-01',
      expiringMinutes: idleMinutes,
      pendingMinutes: 0,
      forecastMinutes: 0,
      idleMinutes,
    });
    const cases: [
      budget: number,
      idleMinutes: number,
      request: Parameters<typeof planFunding>[3],
      expected: string,
    ][] = [
      [
        1200,
        720,
        { kind: 'temporary_growth', months: 1 },
        'idle 720, growth 1 × 480 UF 8.8000, bank 0',
      ],
      [
        1200,
        720,
        { kind: 'temporary_growth', months: 2 },
        'idle 720, growth 2 × 240 UF 4.4000, bank 0',
      ],
      [
        1200,
        950,
        { kind: 'temporary_growth', months: 2 },
        'idle 950, growth 2 × 180 UF 3.3000, bank 0',
      ],
      [1200, 720, { kind: 'prepaid_hours' }, 'idle 720, prepaid 480 UF 8.8000, bank 0'],
      [1200, 700, { kind: 'prepaid_hours' }, 'idle 700, prepaid 540 UF 9.9000, bank 0'],
      [1200, 720, { kind: 'none' }, 'idle 720, bank 480'],
      [500, 720, { kind: 'temporary_growth', months: 1 }, 'idle 500, bank 0'],
      [
        1200,
        0,
        { kind: 'temporary_growth', months: 1 },
        'idle 0, growth 1 × 1200 UF 22.0000, bank 0',
      ],
    ];
    for (const [budget, idleMinutes, request, expected] of cases) {
      const plan = planFunding(contract, budget, idle(idleMinutes), request);
      const topUp =
        plan.topUp === null
          ? ''
          : plan.topUp.kind === 'prepaid_hours'
            ? `, prepaid ${plan.topUp.minutes} UF ${toDecimalString(plan.topUp.price)}`
            : `, growth ${plan.topUp.months} × ${plan.topUp.minutesPerMonth} UF ${toDecimalString(plan.topUp.pricePerMonth)}`;
      expect(`idle ${plan.fromIdleMinutes}${topUp}, bank ${plan.fromBankMinutes}`).toBe(expected);
    }
    expect(() =>
      planFunding(contract, 1200, idle(0), { kind: 'temporary_growth', months: 3 }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'topUp.months' }));
    expect(() => planFunding(contract, 0, idle(0), { kind: 'none' })).toThrow(
      expect.objectContaining({ path: 'budgetMinutes' }),
    );
  });

  it('caps project work: past the budget it needs a new quote', () => {
    const ledger = februaryLeavesNineHundred();
    ledger.record(
      contract,
      projectWorkEntry(project, ledger.entries, { on: '2026-03-10', minutes: 1140 }),
    );
    expect(budgetUse(project, ledger.entries)).toEqual({
      budgetMinutes: 1200,
      usedMinutes: 1140,
      remainingMinutes: 60,
    });
    expect(() =>
      projectWorkEntry(project, ledger.entries, { on: '2026-03-11', minutes: 61 }),
    ).toThrow(expect.objectContaining({ code: 'rule_violation', path: 'minutes' }));
    const last = ledger.record(
      contract,
      projectWorkEntry(project, ledger.entries, { on: '2026-03-11', minutes: 60 }),
    );
    expect(budgetUse(project, ledger.entries).remainingMinutes).toBe(0);
    // A reversed entry gives its minutes back to the budget.
    ledger.record(contract, {
      type: 'reversal',
      on: '2026-03-12',
      entryId: last[0]?.id ?? '',
      reason: 'wrong project',
    });
    expect(budgetUse(project, ledger.entries).remainingMinutes).toBe(60);
    expect(() =>
      projectWorkEntry(project, ledger.entries, { on: '2026-03-12', minutes: 0 }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'minutes' }));
  });
});
