import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { listPlans, listPresets, readPlan } from './read-plans.js';
import { savePlan } from './save-plan.js';

describe('reading plans', () => {
  it('provider staff read the presets and the catalogue; clients may not', async () => {
    const { modules, seeded } = await seededApp();
    const { agent, client_decision_maker: client } = seeded.actors;
    const plan = await savePlan({
      ...modules.plans,
      actor: seeded.actors.provider_admin,
      origin: testOrigin,
      name: 'BASE',
      presetId: 'seed002-base',
      params: {},
    });
    expect((await listPresets({ actor: agent })).map((p) => p.id)).toContain('seed002-base');
    expect(await listPlans({ ...modules.plans, actor: agent })).toHaveLength(1);
    expect((await readPlan({ ...modules.plans, actor: agent, planId: plan.id })).name).toBe('BASE');
    await expect(readPlan({ ...modules.plans, actor: agent, planId: 'x' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(listPresets({ actor: client })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
