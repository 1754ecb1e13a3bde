import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { setOrganisationTimeZone } from './set-organisation-time-zone.js';

/** A seeded app, and setting a zone as `role` on an organisation of it. */
async function setUp() {
  const app = await seededApp();
  const { modules, seeded } = app;
  const set = (role: 'provider_admin' | 'account_manager', organisationId: string, zone: string) =>
    setOrganisationTimeZone({
      ...modules.identity,
      actor: seeded.actors[role],
      origin: testOrigin,
      organisationId,
      timeZone: zone,
    });
  return { ...app, set };
}

describe('setOrganisationTimeZone', () => {
  it('an admin sets an organisation’s zone, spelt as Intl spells it, audited in the same transaction', async () => {
    const { store, seeded, set } = await setUp();
    const changed = await set('provider_admin', seeded.provider.id, 'america/santiago');
    expect(changed.timeZone).toBe('America/Santiago');
    expect((await store.organisations.findById(seeded.provider.id))?.timeZone).toBe(
      'America/Santiago',
    );
    expect(store.tables.audit).toMatchObject([
      { resourceType: 'organisations', resourceId: seeded.provider.id },
    ]);
  });

  it('an unknown zone is refused naming timeZone, and nothing changes', async () => {
    const { store, seeded, set } = await setUp();
    await expect(set('provider_admin', seeded.client.id, 'Mars/Olympus')).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'timeZone',
    });
    expect((await store.organisations.findById(seeded.client.id))?.timeZone).toBe(
      seeded.client.timeZone,
    );
    expect(store.tables.audit).toEqual([]);
  });

  it('only administrators may set it', async () => {
    const { seeded, set } = await setUp();
    await expect(set('account_manager', seeded.provider.id, 'Europe/Madrid')).rejects.toMatchObject(
      { code: 'forbidden' },
    );
  });
});
