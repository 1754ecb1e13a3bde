import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { testOrigin } from '../../../test/support/origin.js';
import { savePlan } from '../plans/index.js';
import { createContract, type NewContract } from './create-contract.js';

async function withPlan() {
  const app = await seededApp();
  const plan = await savePlan({
    ...app.modules.plans,
    actor: app.seeded.actors.provider_admin,
    origin: testOrigin,
    name: 'Infinity 25',
    presetId: 'seed002-infinity-25',
    params: { calendarId: 'seed-002-mon-fri-09-18' },
  });
  const input = (overrides: Partial<NewContract> = {}): NewContract => ({
    clientId: app.seeded.otherClient.id,
    planId: plan.id,
    name: 'Soporte',
    start: '2026-03-01',
    end: null,
    overrides: {},
    ...overrides,
  });
  const sign = (overrides: Partial<NewContract> = {}, actor = app.seeded.actors.account_manager) =>
    createContract({
      ...app.modules.contracts,
      actor,
      origin: testOrigin,
      input: input(overrides),
    });
  return { ...app, sign };
}

describe('createContract', () => {
  it('signs a client on a plan: the first period is granted in the same transaction, audited, with an event', async () => {
    const { store, clock, sign } = await withPlan();
    const record = await sign();
    const id = fixedId(2); // 1 is the plan's
    expect(record.contract).toMatchObject({ id, start: '2026-03-01', end: null });
    expect(await store.ledger.entries(id)).toMatchObject([
      { type: 'grant', source: 'allotment', minutes: 25 * 60, on: '2026-03-01' },
    ]);
    expect(store.tables.audit.at(-1)).toMatchObject({ resourceType: 'contracts', resourceId: id });
    expect(store.tables.outbox.map((row) => [row.event.type, row.event.occurredAt])).toEqual([
      ['contract.signed', clock.now()],
    ]);
  });

  it('signed from a past date, its ended periods are closed at once, in the same transaction', async () => {
    const { store, sign } = await withPlan();
    const record = await sign({ start: '2026-01-01' });
    const entries = await store.ledger.entries(record.contract.id);
    expect(entries.filter((e) => e.type === 'overage').map((e) => e.on)).toEqual([
      '2026-01-31',
      '2026-02-28',
    ]);
    expect(store.tables.outbox.map((row) => row.event.type)).toEqual([
      'contract.period_closed',
      'contract.period_closed',
      'contract.signed',
    ]);
  });

  it('refuses by field: no such client or plan, an end before the start; an agent may not sign', async () => {
    const { store, seeded, sign } = await withPlan();
    await expect(sign({ clientId: seeded.partner.id })).rejects.toMatchObject({ path: 'clientId' });
    await expect(sign({ planId: fixedId(999) })).rejects.toMatchObject({ path: 'planId' });
    await expect(sign({ end: '2026-02-01' })).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'end',
    });
    await expect(sign({}, seeded.actors.agent)).rejects.toMatchObject({ code: 'forbidden' });
    expect(store.tables.outbox).toEqual([]);
  });
});
