import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { testOrigin } from '../../../test/support/origin.js';
import { createOrganisation } from './create-organisation.js';

describe('createOrganisation', () => {
  it('an admin adds a client managed by a partner, audited in the same transaction', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const made = await createOrganisation({
      ...modules.identity,
      actor: seeded.actors.provider_admin,
      origin: testOrigin,
      organisation: { kind: 'client', name: 'Nuevo cliente', partnerId: seeded.partner.id },
    });
    expect(made).toEqual({
      id: fixedId(1),
      kind: 'client',
      name: 'Nuevo cliente',
      partnerId: seeded.partner.id,
      timeZone: seeded.provider.timeZone,
      createdAt: clock.now(),
    });
    expect(store.tables.audit).toMatchObject([
      {
        resourceType: 'organisations',
        resourceId: fixedId(1),
        actorUserId: seeded.users.provider_admin.id,
      },
    ]);
  });

  it('only a client has a partner, and only a partner can be one', async () => {
    const { modules, seeded } = await seededApp();
    const add = (kind: 'client' | 'partner', partnerId: string) =>
      createOrganisation({
        ...modules.identity,
        actor: seeded.actors.provider_admin,
        origin: testOrigin,
        organisation: { kind, name: 'X', partnerId },
      });
    await expect(add('partner', seeded.partner.id)).rejects.toMatchObject({ path: 'partnerId' });
    await expect(add('client', seeded.client.id)).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'partnerId',
    });
  });

  it('the use-case refuses a role that may not, whoever calls it', async () => {
    const { store, modules, seeded } = await seededApp();
    await expect(
      createOrganisation({
        ...modules.identity,
        actor: seeded.actors.agent,
        origin: testOrigin,
        organisation: { kind: 'client', name: 'X', partnerId: null },
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(store.tables.audit).toEqual([]);
  });
});
