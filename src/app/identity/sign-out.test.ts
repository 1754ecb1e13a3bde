import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { digestSecret } from './secrets.js';
import { signOut } from './sign-out.js';

describe('signOut', () => {
  it('ends the session; signing out twice is harmless; each is audited', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const expiresAt = new Date(clock.now().getTime() + 60_000);
    await store.sessions.create({
      id: '10000000-0000-4000-8000-000000000000',
      tokenHash: digestSecret('t'),
      userId: seeded.users.agent.id,
      createdAt: clock.now(),
      expiresAt,
      userAgent: null,
      ip: null,
    });
    const out = () =>
      signOut({
        ...modules.identity,
        actor: seeded.actors.agent,
        origin: testOrigin,
        sessionToken: 't',
      });
    await out();
    await out();
    expect(store.tables.sessions).toEqual([]);
    expect(store.tables.audit.map((e) => [e.resourceType, e.actorUserId])).toEqual([
      ['auth', seeded.users.agent.id],
      ['auth', seeded.users.agent.id],
    ]);
  });
});
