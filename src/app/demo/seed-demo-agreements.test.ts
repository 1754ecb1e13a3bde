import { describe, expect, it } from 'vitest';
import { fakeApp } from '../../../test/fakes/app.js';
import { actorFor, bootstrapInstallation } from '../identity/index.js';
import { seedDemoAgreements } from './seed-demo-agreements.js';

describe('seedDemoAgreements', () => {
  it('gives the demo the seed calendars, three plans, a contract per client and tickets in several states', async () => {
    const { store, modules } = fakeApp();
    await bootstrapInstallation({ ...modules.identity, admin: undefined });
    const actor = async (email: string) => {
      const user = await store.users.findByEmail(email);
      if (!user) throw new Error(`no demo user ${email}`);
      return actorFor(modules.identity, user);
    };
    await seedDemoAgreements({
      deps: modules.demo,
      admin: await actor('admin@soporteandino.demo'),
      agent: await actor('agente@soporteandino.demo'),
    });
    expect(await store.calendars.list()).toHaveLength(3);
    expect(await store.plans.list()).toHaveLength(3);
    expect(await store.contracts.list()).toHaveLength(3);
    expect(store.tables.tickets.map((t) => t.status).sort()).toEqual([
      'new',
      'resolved',
      'waiting_client',
    ]);
    expect(new Set(store.tables.audit.map((e) => e.action))).toEqual(
      new Set(['startup bootstrap', 'startup demo']),
    );
  }, 30_000);
});
