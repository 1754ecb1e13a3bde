import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { jobOrigin } from '../shared/index.js';
import { closeDuePeriods } from './close-due-periods.js';

const month = 31 * 24 * 3600 * 1000;

describe('closeDuePeriods', () => {
  it('closes each ended period once, each contract under its lock, audited only where it closed something', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const close = (contractIds?: string[]) =>
      closeDuePeriods({
        ...modules.contracts,
        actor: { system: 'job' },
        origin: jobOrigin('close-periods'),
        ...(contractIds ? { contractIds } : {}),
      });
    expect(await close()).toEqual([]);
    expect(store.tables.audit).toEqual([]);
    clock.advance(month); // 2 April: March has ended for the three contracts
    const closed = await close();
    expect(closed.map((c) => c.periods)).toEqual([['2026-03-01'], ['2026-03-01'], ['2026-03-01']]);
    expect(await close()).toEqual([]);
    expect(store.tables.audit.map((e) => [e.via, e.action, e.resourceId])).toEqual([
      ['job', 'job close-periods', seeded.contract.contract.id],
      ['job', 'job close-periods', seeded.otherContract.contract.id],
      ['job', 'job close-periods', seeded.managedContract.contract.id],
    ]);
    expect(store.tables.outbox.map((r) => r.event.type)).toEqual([
      'contract.period_closed',
      'contract.period_closed',
      'contract.period_closed',
    ]);
  });

  it('a contract asked for by id must exist and be in reach; only administrators close by hand', async () => {
    const { modules, seeded } = await seededApp();
    const origin = jobOrigin('close-periods');
    await expect(
      closeDuePeriods({
        ...modules.contracts,
        actor: { system: 'cli' },
        origin,
        contractIds: ['nope'],
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      closeDuePeriods({ ...modules.contracts, actor: seeded.actors.agent, origin }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
