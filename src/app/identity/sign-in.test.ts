import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { sessionLifetimeMs } from './open-session.js';
import { hashPassword } from './secrets.js';
import { signIn } from './sign-in.js';

describe('signIn', () => {
  it('a right password opens a 12-hour session, audited with nobody yet signed in', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const { agent } = seeded.users;
    await store.users.setPasswordHash(agent.id, await hashPassword('the-right-password'));
    const session = await signIn({
      ...modules.identity,
      origin: testOrigin,
      email: agent.email,
      password: 'the-right-password',
      ip: '192.0.2.1',
    });
    expect(session.user.id).toBe(agent.id);
    expect(session.expiresAt.getTime()).toBe(clock.now().getTime() + sessionLifetimeMs);
    expect(store.tables.sessions).toHaveLength(1);
    expect(store.tables.audit).toMatchObject([
      // a successful sign-in is attributed to the person who signed in
      { resourceType: 'auth', resourceId: agent.id, actorUserId: agent.id },
    ]);
  });

  it('a wrong password, an unknown email and a contact get one answer, and repeated failures are throttled', async () => {
    const { store, modules, seeded } = await seededApp();
    const attempt = (email: string) =>
      signIn({
        ...modules.identity,
        origin: testOrigin,
        limits: { maxAttempts: 2, windowMs: 60_000 },
        email,
        password: 'guess-guess-guess',
        ip: '192.0.2.9',
      });
    for (const email of [seeded.users.agent.email, 'nobody@x.example']) {
      await expect(attempt(email)).rejects.toMatchObject({
        code: 'unauthenticated',
        message: 'wrong email or password',
      });
    }
    await expect(attempt(seeded.users.agent.email)).rejects.toMatchObject({ code: 'rate_limited' });
    expect(store.tables.sessions).toEqual([]);
    expect(store.tables.audit).toEqual([]);
  });

  it('a successful sign-in never resets the per-IP count of failures (password spraying meets the limit)', async () => {
    const { store, modules, seeded } = await seededApp();
    const { agent } = seeded.users;
    await store.users.setPasswordHash(agent.id, await hashPassword('the-right-password'));
    const attempt = (email: string, password: string) =>
      signIn({
        ...modules.identity,
        origin: testOrigin,
        limits: { maxAttempts: 3, windowMs: 60_000 },
        email,
        password,
        ip: '192.0.2.77',
      });
    const guesses = ['a@x.example', 'b@x.example', 'c@x.example'];
    for (const [index, email] of guesses.entries()) {
      await expect(attempt(email, 'spray-guess-2026')).rejects.toMatchObject({
        code: 'unauthenticated',
      });
      if (index < 2) await attempt(agent.email, 'the-right-password');
    }
    await expect(attempt('d@x.example', 'spray-guess-2026')).rejects.toMatchObject({
      code: 'rate_limited',
    });
  });
});
