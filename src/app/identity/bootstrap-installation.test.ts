import { describe, expect, it } from 'vitest';
import { fakeApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { bootstrapInstallation } from './bootstrap-installation.js';

describe('bootstrapInstallation', () => {
  it('with admin credentials: the provider and its first administrator, audited as start-up work', async () => {
    const { store, modules } = fakeApp();
    const admin = { email: 'root@pacta.example', password: 'a-long-password-1' };
    expect(await bootstrapInstallation({ ...modules.identity, admin })).toEqual({
      kind: 'admin',
      email: admin.email,
    });
    expect(await store.organisations.list()).toMatchObject([{ id: fixedId(1), kind: 'provider' }]);
    expect(await store.users.findByEmail(admin.email)).toMatchObject({
      role: 'provider_admin',
      hasLogin: true,
    });
    expect(store.tables.audit.map((e) => [e.via, e.action, e.resourceType])).toEqual([
      ['system', 'startup bootstrap', 'organisations'],
      ['system', 'startup bootstrap', 'users'],
    ]);
  });

  it('without credentials: a demo with a user of every role; once installed it does nothing', async () => {
    const { store, modules } = fakeApp();
    const demo = await bootstrapInstallation({ ...modules.identity, admin: undefined });
    if (demo.kind !== 'demo') throw new Error(`expected a demo, got ${demo.kind}`);
    expect(new Set(demo.logins.map((login) => login.role)).size).toBe(6);
    expect(await store.organisations.list()).toHaveLength(5);
    const again = await bootstrapInstallation({ ...modules.identity, admin: undefined });
    expect(again).toEqual({ kind: 'already_installed', demo: true });
    expect(await store.organisations.list()).toHaveLength(5);
  }, 30_000);

  it('first start is atomic: when the administrator cannot be created, no provider is left behind', async () => {
    const { store, modules } = fakeApp();
    const refused = { email: 'root@pacta.example', password: 'short' };
    await expect(
      bootstrapInstallation({ ...modules.identity, admin: refused }),
    ).rejects.toMatchObject({
      path: 'password',
    });
    expect(await store.organisations.list()).toEqual([]);
    expect(store.tables.audit).toEqual([]);
    const admin = { email: 'root@pacta.example', password: 'a-long-password-1' };
    expect(await bootstrapInstallation({ ...modules.identity, admin })).toEqual({
      kind: 'admin',
      email: admin.email,
    });
    expect(await bootstrapInstallation({ ...modules.identity, admin })).toEqual({
      kind: 'already_installed',
      demo: false,
    });
  });
});
