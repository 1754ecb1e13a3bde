import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { parseMoney, toDecimalString } from '../../domain/money.js';
import type { Project } from '../../domain/projects/index.js';
import { type FundingChoice, fundProject } from './fund-project.js';

/** The seeded contract (seed 002 Base: 10 h, UF 25, UF 1.10 an hour, from 2026-03-01, today 03-02) with a 10-hour project. */
async function withProject(budgetMinutes = 600) {
  const app = await seededApp();
  const { contract } = app.seeded.contract;
  const project: Project = {
    id: 'project-1',
    contractId: contract.id,
    clientId: contract.clientId,
    name: 'Campañas',
    quoteId: null,
    budget: { minutes: budgetMinutes, amount: parseMoney('11', 'CLF') },
    team: { scheme: 'scrum', members: [], productOwnerId: null },
    stories: [],
    backlogOrder: [],
  };
  await app.store.projects.save({ project, roadmap: null, raci: [], funding: [] }, new Date());
  const fund = (choice: Partial<FundingChoice>, actor = app.seeded.actors.account_manager) =>
    fundProject({
      ...app.modules.projects,
      actor,
      origin: testOrigin,
      contractId: contract.id,
      projectId: project.id,
      choice: { useIdle: true, forecastMinutes: 0, topUp: { kind: 'none' }, ...choice },
    });
  return { ...app, contractId: contract.id, fund };
}

describe('fundProject', () => {
  it('prepaid hours at the plan rate fund the rest of the budget in whole hours, granted today, with the contract amended and both audited', async () => {
    const { store, contractId, fund } = await withProject(570);
    const record = await fund({ topUp: { kind: 'prepaid_hours' } });
    // no idle hours on the contract's second day: 570 min → 10 whole hours × UF 1.10
    expect(record.funding).toMatchObject([
      { kind: 'prepaid_hours', on: '2026-03-02', minutes: 600 },
    ]);
    const [source] = record.funding;
    expect(source?.kind === 'prepaid_hours' && toDecimalString(source.price)).toBe('11.0000');
    const grants = (await store.ledger.entries(contractId)).filter((e) => e.type === 'grant');
    expect(grants.map((g) => [g.source, g.minutes])).toEqual([
      ['allotment', 600],
      ['prepaid', 600],
    ]);
    expect(store.tables.amendments).toHaveLength(1);
    expect(store.tables.audit.map((a) => a.resourceType)).toEqual(['contracts', 'projects']);
    expect(store.tables.outbox.map((r) => r.event.type)).toEqual(['contract.amended']);
    await expect(fund({ topUp: { kind: 'prepaid_hours' } })).rejects.toMatchObject({
      rule: 'already_funded',
    });
  });

  it('a growth of two months from a later month adds whole hours per month, raises the price then and restores it', async () => {
    const { store, fund } = await withProject(630);
    const record = await fund({
      topUp: { kind: 'temporary_growth', from: '2026-04-01', months: 2 },
    });
    // 630 min over two months → 315 → 6 whole hours a month; UF 25 + 6 × 1.10 = 31.60
    expect(record.funding).toMatchObject([
      { kind: 'temporary_growth', from: '2026-04-01', months: 2, minutesPerMonth: 360 },
    ]);
    expect(
      store.tables.amendments.map(({ amendment: a }) => {
        if (a.kind === 'parameter_change')
          return [a.from, a.changes.price && toDecimalString(a.changes.price)];
        return [a.kind === 'prepaid_hours' ? a.on : a.from, a.kind];
      }),
    ).toEqual([
      ['2026-04-01', 'temporary_growth'],
      ['2026-04-01', '31.6000'],
      ['2026-06-01', '25.0000'],
    ]);
  });

  it('refuses what would never apply or was not asked, naming the field, and changes nothing', async () => {
    const { store, fund, seeded } = await withProject();
    const cases: [Partial<FundingChoice>, object][] = [
      [
        { topUp: { kind: 'temporary_growth', from: '2026-04-10', months: 1 } },
        { rule: 'growth_not_on_period_start', path: 'topUp.from' },
      ],
      // March is billed in advance already: its raised price would never be billed
      [
        { topUp: { kind: 'temporary_growth', from: '2026-03-01', months: 1 } },
        { rule: 'growth_month_billed', path: 'topUp.from' },
      ],
      [
        { topUp: { kind: 'temporary_growth', from: '2026-04-01', months: 3 } },
        { path: 'topUp.months' },
      ],
      [{ useIdle: true }, { rule: 'nothing_funded', path: 'choice.useIdle' }],
      [{ forecastMinutes: -5 }, { path: 'forecastMinutes' }],
    ];
    for (const [choice, error] of cases) {
      await expect(fund(choice), JSON.stringify(choice)).rejects.toMatchObject(error);
    }
    await expect(
      fund({ topUp: { kind: 'prepaid_hours' } }, seeded.actors.agent),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(store.tables.amendments).toEqual([]);
    expect(store.tables.audit).toEqual([]);
  });
});
