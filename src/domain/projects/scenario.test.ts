/**
 * Issue 16's scenario: an Infinity 25 contract (25 h = 1,500 min a month, UF 35.00, UF 1.10 an
 * extra hour, unused hours usable one more month) from 2026-02-01 has 12 idle hours expiring in
 * March; a 20-hour quote is approved and funded by those idle hours plus a one-month growth.
 *
 * February: tickets use 480 (02-10) + 120 (02-20) = 600 of February's 1,500, leaving 900 that
 * expire at March's end (04-01).
 * Planning meeting, 2026-03-05: 900 expiring, nothing pending, 180 min of ticket work forecast
 * for the rest of March → idle = 900 − 180 = 720 min (12 h).
 * Quote of 20 h (12 h + 8 h at UF 1.10 = UF 22.0000) sent 03-05, approved 03-06 → a project with
 * a 1,200-minute budget. Funding: 720 idle + a growth of 1,200 − 720 = 480 min (8 h) in March
 * only, priced 8 × 1.10 = UF 8.80: March costs UF 35.00 + 8.80 = UF 43.80, April UF 35.00 again.
 *
 * Buckets, drawn oldest first: F = February's 900 left (expires 04-01), M = March's 1,500
 * (05-01), G = the growth's 480 granted 03-06 (05-01), A = April's 1,500 (06-01).
 *
 * | day   | work          | drawn from        | F   | M    | G   | A    |
 * |-------|---------------|-------------------|-----|------|-----|------|
 * | 03-09 | project 300   | F 300             | 600 | 1500 | 480 |      |
 * | 03-12 | ticket 120    | F 120             | 480 | 1500 | 480 |      |
 * | 03-16 | project 300   | F 300             | 180 | 1500 | 480 |      |
 * | 03-23 | project 300   | F 180, M 120      |   0 | 1380 | 480 |      |
 * | 03-26 | ticket 60     | M 60              |   0 | 1320 | 480 |      |
 * | 04-06 | project 300   | M 300             |     | 1020 | 480 | 1500 |
 * | 04-14 | ticket 480    | M 480             |     |  540 | 480 | 1500 |
 * | 04-28 | ticket 420    | M 420             |     |  120 | 480 | 1500 |
 * | 04-30 | (close April) | M 120, G 480 expire |   |    0 |   0 | 1500 |
 *
 * Statements (close = open + granted − consumed + overage − expired):
 *
 * | month   | open | allotment | growth | consumed | tickets | project | expired | overage | close | price (UF) |
 * |---------|------|-----------|--------|----------|---------|---------|---------|---------|-------|------------|
 * | 2026-02 |    0 |      1500 |      0 |      600 |     600 |       0 |       0 |       0 |   900 |    35.0000 |
 * | 2026-03 |  900 |      1500 |    480 |     1080 |     180 |     900 |       0 |       0 |  1800 |    43.8000 |
 * | 2026-04 | 1800 |      1500 |      0 |     1200 |     900 |     300 |     600 |       0 |  1500 |    35.0000 |
 *
 * The 720 idle hours were spent: March expires nothing, where without the project 720 of
 * February's hours would have expired. The project used its 1,200 minutes exactly.
 */
import { describe, expect, it } from 'vitest';
import { buildContract } from '../../../test/factories/contracts.js';
import { buildConsume, MemoryLedger } from '../../../test/factories/hour-bank.js';
import { sequentialIds } from '../../../test/factories/projects.js';
import { buildQuoteContent, decisionMaker, ufRate } from '../../../test/factories/quotes.js';
import { type Contract, contractVersionAt, periodByIndex, scheduleOf } from '../contracts/index.js';
import { closePeriod, missingGrants } from '../hour-bank/index.js';
import { toDecimalString } from '../money.js';
import { presetById } from '../plans/presets.js';
import { decideQuote, draftQuote, quoteTotals, sendQuote } from '../quotes/index.js';
import { idleHours, planFunding } from './funding.js';
import { growContract, priceForPeriod } from './growth.js';
import { projectFromQuote } from './project.js';
import { budgetUse, projectWorkEntry, statementWithProjects } from './project-work.js';

describe('scenario: a quote funded by idle hours and a one-month growth (issue 16)', () => {
  it('the statements of the month and the next match the hand-computed table', () => {
    let contract: Contract = buildContract({
      start: '2026-02-01',
      plan: presetById('seed002-infinity-25').params,
    });
    const period = (index: number) => periodByIndex(scheduleOf(contract), index);
    const ledger = new MemoryLedger();
    ledger.record(contract, ...missingGrants(contract, [], period(0)));
    ledger.record(contract, buildConsume('2026-02-10', 480), buildConsume('2026-02-20', 120));
    ledger.record(contract, ...closePeriod(contract, ledger.entries, period(0)));

    // The planning meeting sees 12 idle hours expiring this month.
    const idle = idleHours(contract, ledger.entries, '2026-03-05', 180);
    expect(idle).toMatchObject({ expiringMinutes: 900, idleMinutes: 720, expiresOn: '2026-04-01' });

    // The quote: 20 h at the plan's rate, approved by the client's decision-maker.
    const content = buildQuoteContent({
      lines: [
        { kind: 'hours', description: 'Scoring model', minutes: 720, ratePerHour: ufRate },
        { kind: 'hours', description: 'Dashboards', minutes: 480, ratePerHour: ufRate },
      ],
    });
    const quote = draftQuote({
      id: 'quote-1',
      contractId: contract.id,
      clientId: contract.clientId,
      currency: 'CLF',
      origin: { kind: 'standalone' },
      content,
      on: '2026-03-05',
      by: 'agent-1',
    });
    const approved = decideQuote(sendQuote(quote, { on: '2026-03-05', by: 'agent-1' }), {
      version: 1,
      decision: 'approved',
      on: '2026-03-06',
      by: decisionMaker,
      reason: null,
    });
    expect(toDecimalString(quoteTotals(content, 'CLF').amount)).toBe('22.0000');
    const project = projectFromQuote(approved, 'project-1', sequentialIds('story'));
    expect(project.budget.minutes).toBe(1200);

    // Funding: the idle hours, then a one-month growth for the rest.
    const funding = planFunding(contract, project.budget.minutes, idle, {
      kind: 'temporary_growth',
      months: 1,
    });
    expect(funding).toMatchObject({ fromIdleMinutes: 720, fromBankMinutes: 0 });
    expect(funding.topUp).toMatchObject({ kind: 'temporary_growth', minutesPerMonth: 480 });
    contract = growContract(contract, {
      ids: { growth: 'growth-1', raise: 'raise-1', restore: 'restore-1' },
      from: '2026-03-06',
      months: 1,
      minutesPerMonth: 480,
    });
    ledger.record(contract, ...missingGrants(contract, ledger.entries, period(1)));

    const work = (on: string, minutes: number) =>
      ledger.record(contract, projectWorkEntry(project, ledger.entries, { on, minutes }));
    work('2026-03-09', 300);
    ledger.record(contract, buildConsume('2026-03-12', 120, { ticketId: 'ticket-2' }));
    work('2026-03-16', 300);
    work('2026-03-23', 300);
    ledger.record(contract, buildConsume('2026-03-26', 60, { ticketId: 'ticket-3' }));
    ledger.record(contract, ...closePeriod(contract, ledger.entries, period(1)));
    work('2026-04-06', 300);
    ledger.record(contract, buildConsume('2026-04-14', 480, { ticketId: 'ticket-4' }));
    ledger.record(contract, buildConsume('2026-04-28', 420, { ticketId: 'ticket-5' }));
    ledger.record(contract, ...closePeriod(contract, ledger.entries, period(2)));

    const expected = [
      ['2026-02-01', 0, 1500, 0, 600, 600, 0, 0, 0, 900, '35.0000'],
      ['2026-03-01', 900, 1500, 480, 1080, 180, 900, 0, 0, 1800, '43.8000'],
      ['2026-04-01', 1800, 1500, 0, 1200, 900, 300, 600, 0, 1500, '35.0000'],
    ];
    const actual = [0, 1, 2].map((index) => {
      const {
        statement: s,
        projectMinutes,
        ticketMinutes,
      } = statementWithProjects(contract, ledger.entries, period(index));
      expect(s.closed).toBe(true);
      return [
        s.period.start,
        s.openingMinutes,
        s.granted.allotment,
        s.granted.growth,
        s.consumed.total,
        ticketMinutes,
        projectMinutes['project-1'] ?? 0,
        s.expiredMinutes,
        s.overage.minutes,
        s.closingMinutes,
        toDecimalString(priceForPeriod(contract, period(index))),
      ];
    });
    expect(actual).toEqual(expected);
    // Project work goes through the ledger with its own kind, so the statement shows it by kind.
    const march = statementWithProjects(contract, ledger.entries, period(1)).statement;
    expect(march.consumed.byKind).toMatchObject({ project_work: 900 });
    expect(march.consumed.total - (march.consumed.byKind.project_work ?? 0)).toBe(180);

    // April is back to the contract's own hours and price; the project used its budget.
    const april = contractVersionAt(contract, '2026-04-15');
    expect([april.plan.includedMinutesPerPeriod, april.growthMinutes]).toEqual([1500, 0]);
    expect(budgetUse(project, ledger.entries)).toMatchObject({
      usedMinutes: 1200,
      remainingMinutes: 0,
    });
    expect(() =>
      projectWorkEntry(project, ledger.entries, { on: '2026-05-04', minutes: 60 }),
    ).toThrow(expect.objectContaining({ code: 'rule_violation' }));
  });
});
