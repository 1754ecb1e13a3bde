import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { commandLineOrigin } from '../shared/index.js';
import { resetPassword } from './reset-password.js';
import { verifyPassword } from './secrets.js';

describe('resetPassword', () => {
  it('sets a new password, ends the user’s sessions and is audited as the command line’s change', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const { agent } = seeded.users;
    const later = new Date(clock.now().getTime() + 60_000);
    await store.sessions.create({
      id: '10000000-0000-4000-8000-000000000000',
      tokenHash: 'h',
      userId: agent.id,
      createdAt: clock.now(),
      expiresAt: later,
      userAgent: null,
      ip: null,
    });
    const origin = commandLineOrigin('user reset-password');
    const reset = (email: string, password: string) =>
      resetPassword({ ...modules.identity, actor: { system: 'cli' }, origin, email, password });
    await reset(agent.email, 'a-brand-new-password');
    const stored = await store.users.findByEmail(agent.email);
    expect(await verifyPassword('a-brand-new-password', stored?.passwordHash ?? '')).toBe(true);
    expect(store.tables.sessions).toEqual([]);
    expect(store.tables.audit).toMatchObject([
      { via: 'cli', action: 'pacta user reset-password', resourceId: agent.id, actorUserId: null },
    ]);
    await expect(reset(agent.email, 'short')).rejects.toMatchObject({ path: 'password' });
    await expect(reset('nobody@x.example', 'a-brand-new-password')).rejects.toMatchObject({
      code: 'not_found',
      path: 'email',
    });
  });
});
