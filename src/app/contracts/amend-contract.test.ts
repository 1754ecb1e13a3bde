import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { testOrigin } from '../../../test/support/origin.js';
import { amendContract } from './amend-contract.js';

describe('amendContract', () => {
  it('temporary growth in the period under way is granted at once, audited, with an event', async () => {
    const { store, modules, seeded } = await seededApp();
    const contractId = seeded.contract.contract.id;
    const amend = (amendment: object) =>
      amendContract({
        ...modules.contracts,
        actor: seeded.actors.account_manager,
        origin: testOrigin,
        contractId,
        amendment,
      });
    const growth = {
      kind: 'temporary_growth',
      from: '2026-03-01',
      extraMinutesPerPeriod: 600,
      periods: 2,
    };
    const record = await amend(growth);
    expect(record.contract.amendments).toMatchObject([{ id: fixedId(1), ...growth }]);
    const grants = (await store.ledger.entries(contractId)).filter((e) => e.type === 'grant');
    expect(grants.map((g) => [g.source, g.minutes])).toEqual([
      ['allotment', 600],
      ['growth', 600],
    ]);
    expect(store.tables.audit).toMatchObject([
      { resourceType: 'contracts', resourceId: contractId },
    ]);
    expect(store.tables.outbox.map((r) => r.event.payload)).toEqual([
      { contractId, amendmentId: fixedId(1), kind: 'temporary_growth' },
    ]);
    await expect(amend({ ...growth, from: '2026-04-01' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(store.tables.amendments).toHaveLength(1);
  });

  it('a malformed amendment names the field; another client’s contract, or an agent, gets nothing', async () => {
    const { modules, seeded } = await seededApp();
    const deps = { ...modules.contracts, origin: testOrigin };
    const contractId = seeded.contract.contract.id;
    await expect(
      amendContract({
        ...deps,
        actor: seeded.actors.account_manager,
        contractId,
        amendment: {
          kind: 'temporary_growth',
          from: '2026-03-01',
          extraMinutesPerPeriod: -1,
          periods: 1,
        },
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', path: 'extraMinutesPerPeriod' });
    await expect(
      amendContract({ ...deps, actor: seeded.actors.agent, contractId, amendment: {} }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
