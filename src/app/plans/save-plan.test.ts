import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { testOrigin } from '../../../test/support/origin.js';
import { savePlan } from './save-plan.js';

describe('savePlan', () => {
  it('adds a plan from a seed preset and replaces it; names are unique; each change is audited', async () => {
    const { store, modules, seeded } = await seededApp();
    const save = (name: string, extra: object = {}) =>
      savePlan({
        ...modules.plans,
        actor: seeded.actors.provider_admin,
        origin: testOrigin,
        name,
        presetId: 'seed002-infinity-25',
        params: {},
        ...extra,
      });
    const plan = await save('Infinity 25');
    expect(plan).toMatchObject({ id: fixedId(1), presetId: 'seed002-infinity-25' });
    expect(plan.params.includedMinutesPerPeriod).toBe(25 * 60);
    await save('Infinity 25 (2026)', { id: plan.id });
    await expect(save('Infinity 25 (2026)')).rejects.toMatchObject({
      code: 'conflict',
      path: 'name',
    });
    await expect(save('Other', { id: fixedId(99) })).rejects.toMatchObject({ code: 'not_found' });
    expect(store.tables.audit.map((e) => e.resourceType)).toEqual(['plans', 'plans']);
  });

  it('a preset that needs values names the missing one; an agent may not save plans', async () => {
    const { modules, seeded } = await seededApp();
    const deps = { ...modules.plans, origin: testOrigin, name: 'Premium', params: {} };
    await expect(
      savePlan({ ...deps, actor: seeded.actors.provider_admin, presetId: 'seed001-premium' }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(
      savePlan({ ...deps, actor: seeded.actors.agent, presetId: 'seed002-base' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
