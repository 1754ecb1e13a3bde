import { beforeAll, expect, it } from 'vitest';
import {
  bootstrapInstallation,
  type IdentityDeps,
  verifyPassword,
} from '../../src/app/identity/index.js';
import { runUserCommand } from '../../src/cli/user-commands.js';
import { composeModules } from '../../src/main/compose.js';
import { openStore, type Store } from '../../src/store/index.js';
import { TestClock } from '../fakes/clock.js';
import { randomIds } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('pacta user commands', (database) => {
  let ports: IdentityDeps;
  let store: Store;
  const run = async (name: string, values: Record<string, string>) => {
    const lines: string[] = [];
    await runUserCommand(name, values, ports, (line) => lines.push(line));
    return lines;
  };

  beforeAll(async () => {
    store = openStore(database().handle.db);
    ports = composeModules(store, new TestClock(), randomIds).identity;
    await bootstrapInstallation({ ...ports, admin: undefined });
  });

  it('user add puts a user with a login in the named organisation', async () => {
    const values = {
      email: 'nueva@tiendasol.demo',
      name: 'Nueva',
      role: 'client_requester',
      organisation: 'tienda sol',
      password: 'a-long-password-1',
    };
    expect((await run('user add', values))[0]).toMatch(
      /^added nueva@tiendasol.demo \(client_requester\) to Tienda Sol/,
    );
    const user = await store.users.findByEmail('nueva@tiendasol.demo');
    expect(user?.hasLogin).toBe(true);
  });

  it('user add is in the audit log as the command line’s change, written with it', async () => {
    const values = {
      email: 'auditada@tiendasol.demo',
      name: 'Auditada',
      role: 'client_requester',
      organisation: 'Tienda Sol',
    };
    await run('user add', values);
    const user = await store.users.findByEmail('auditada@tiendasol.demo');
    const entries = await store.audit.list({ resourceId: user?.id, limit: 10 });
    expect(entries).toMatchObject([
      {
        via: 'cli',
        action: 'pacta user add',
        actorUserId: null,
        resourceType: 'users',
        outcome: null,
        ip: null,
      },
    ]);
  });

  it('a user add that fails leaves no audit entry behind', async () => {
    const before = (await store.audit.list({ action: 'pacta user add', limit: 100 })).length;
    const values = { email: 'nueva@tiendasol.demo', name: 'Otra', role: 'client_requester' };
    await expect(run('user add', { ...values, organisation: 'Tienda Sol' })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await store.audit.list({ action: 'pacta user add', limit: 100 })).toHaveLength(before);
  });

  it('user add names the flag that is wrong', async () => {
    await expect(
      run('user add', { email: 'a@b.c', name: 'A', role: 'boss', organisation: 'Tienda Sol' }),
    ).rejects.toMatchObject({ path: '--role' });
    await expect(
      run('user add', { email: 'a@b.c', name: 'A', role: 'agent' }),
    ).rejects.toMatchObject({ path: '--organisation' });
  });

  it('user list shows each user with role, organisation and login status', async () => {
    const lines = await run('user list', { organisation: 'Clínica Norte' });
    expect(lines).toContain('contacto@clinicanorte.demo\tclient_requester\tClínica Norte\tlogin');
    expect(lines).toHaveLength(2);
  });

  it('user reset-password without a password prints a new random one that works', async () => {
    const [line] = await run('user reset-password', { email: 'agente@soporteandino.demo' });
    const password = line?.split(': ')[1] ?? '';
    const user = await store.users.findByEmail('agente@soporteandino.demo');
    expect(await verifyPassword(password, user?.passwordHash ?? '')).toBe(true);
  });
});
