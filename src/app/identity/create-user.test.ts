import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { testOrigin } from '../../../test/support/origin.js';
import { createUser, type NewUser } from './create-user.js';

describe('createUser', () => {
  const newUser = (organisationId: string, overrides: Partial<NewUser> = {}): NewUser => ({
    organisationId,
    email: 'nueva@tiendasol.example',
    name: 'Nueva',
    locale: 'es',
    role: 'client_requester',
    password: null,
    ...overrides,
  });

  it('adds a contact (no password) or a login, audited with the change', async () => {
    const { store, modules, seeded } = await seededApp();
    const deps = { ...modules.identity, actor: seeded.actors.provider_admin, origin: testOrigin };
    const contact = await createUser({ ...deps, user: newUser(seeded.client.id) });
    expect(contact).toMatchObject({ id: fixedId(1), hasLogin: false, active: true });
    const login = await createUser({
      ...deps,
      user: newUser(seeded.client.id, {
        email: 'otra@tiendasol.example',
        password: 'a-long-password-1',
      }),
    });
    expect(login.hasLogin).toBe(true);
    expect(store.tables.audit.map((e) => e.resourceId)).toEqual([fixedId(1), fixedId(2)]);
  });

  it('refuses by field: a role of another kind of organisation, a short password, a taken email', async () => {
    const { store, modules, seeded } = await seededApp();
    const add = (user: NewUser) =>
      createUser({ ...modules.identity, actor: { system: 'cli' }, origin: testOrigin, user });
    await expect(add(newUser(seeded.client.id, { role: 'agent' }))).rejects.toMatchObject({
      path: 'role',
    });
    await expect(add(newUser(seeded.client.id, { password: 'short' }))).rejects.toMatchObject({
      path: 'password',
    });
    const taken = seeded.users.agent.email.toUpperCase();
    await expect(add(newUser(seeded.client.id, { email: taken }))).rejects.toMatchObject({
      code: 'conflict',
      path: 'email',
    });
    await expect(add(newUser('no-such-org'))).rejects.toMatchObject({ path: 'organisationId' });
    expect(store.tables.audit).toEqual([]);
  });

  it('a client user may not add users, whatever door it comes through', async () => {
    const { modules, seeded } = await seededApp();
    await expect(
      createUser({
        ...modules.identity,
        actor: seeded.actors.client_decision_maker,
        origin: testOrigin,
        user: newUser(seeded.client.id),
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
