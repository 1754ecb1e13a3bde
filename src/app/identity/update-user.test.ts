import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { updateUser } from './update-user.js';

describe('updateUser', () => {
  it('changes a role within the organisation’s kind; deactivating ends the user’s sessions', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const update = (userId: string, changes: Parameters<typeof updateUser>[0]['changes']) =>
      updateUser({
        ...modules.identity,
        actor: seeded.actors.provider_admin,
        origin: testOrigin,
        userId,
        changes,
      });
    const { client_requester: requester } = seeded.users;
    expect((await update(requester.id, { role: 'client_decision_maker' })).role).toBe(
      'client_decision_maker',
    );
    await expect(update(requester.id, { role: 'agent' })).rejects.toMatchObject({ path: 'role' });
    await store.sessions.create({
      id: '10000000-0000-4000-8000-000000000000',
      tokenHash: 'x',
      userId: requester.id,
      createdAt: clock.now(),
      expiresAt: clock.now(),
      userAgent: null,
      ip: null,
    });
    expect((await update(requester.id, { active: false })).active).toBe(false);
    expect(store.tables.sessions).toEqual([]);
    expect(store.tables.audit).toHaveLength(2);
  });

  it('an admin cannot deactivate itself, and other roles cannot manage users', async () => {
    const { modules, seeded } = await seededApp();
    const deps = { ...modules.identity, origin: testOrigin };
    await expect(
      updateUser({
        ...deps,
        actor: seeded.actors.provider_admin,
        userId: seeded.users.provider_admin.id,
        changes: { active: false },
      }),
    ).rejects.toMatchObject({ path: 'active' });
    await expect(
      updateUser({
        ...deps,
        actor: seeded.actors.agent,
        userId: seeded.users.agent.id,
        changes: { name: 'X' },
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
