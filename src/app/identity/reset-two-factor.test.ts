import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { resetTwoFactor } from './reset-two-factor.js';

describe('resetTwoFactor', () => {
  it('an administrator turns a user’s second factor off, ending the user’s sessions, audited', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const { agent } = seeded.users;
    await store.secondFactors.begin(agent.id, 'sealed', clock.now());
    await store.secondFactors.confirm(agent.id, 1, ['digest'], clock.now());
    await store.sessions.create({
      id: '10000000-0000-4000-8000-000000000000',
      tokenHash: 'x',
      userId: agent.id,
      createdAt: clock.now(),
      expiresAt: clock.now(),
      userAgent: null,
      ip: null,
    });
    const audited = store.tables.audit.length;
    await resetTwoFactor({
      ...modules.identity,
      actor: seeded.actors.provider_admin,
      origin: testOrigin,
      userId: agent.id,
    });
    expect(await store.secondFactors.find(agent.id)).toBeUndefined();
    expect(await store.secondFactors.recoveryCodesLeft(agent.id)).toBe(0);
    expect(store.tables.sessions).toEqual([]);
    expect(store.tables.audit).toHaveLength(audited + 1);
    expect(store.tables.audit.at(-1)).toMatchObject({
      resourceType: 'users',
      resourceId: agent.id,
    });
  });

  it('only an administrator may reset another user’s second factor', async () => {
    const { modules, seeded } = await seededApp();
    await expect(
      resetTwoFactor({
        ...modules.identity,
        actor: seeded.actors.agent,
        origin: testOrigin,
        userId: seeded.users.account_manager.id,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
