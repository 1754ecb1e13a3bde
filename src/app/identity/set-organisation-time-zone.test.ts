import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { setOrganisationTimeZone } from './set-organisation-time-zone.js';

describe('setOrganisationTimeZone', () => {
  it('an admin sets an organisation’s zone, spelt as Intl spells it, audited in the same transaction', async () => {
    const { store, modules, seeded } = await seededApp();
    const set = await setOrganisationTimeZone({
      ...modules.identity,
      actor: seeded.actors.provider_admin,
      origin: testOrigin,
      organisationId: seeded.provider.id,
      timeZone: 'america/santiago',
    });
    expect(set.timeZone).toBe('America/Santiago');
    expect((await store.organisations.findById(seeded.provider.id))?.timeZone).toBe(
      'America/Santiago',
    );
    expect(store.tables.audit).toMatchObject([
      { resourceType: 'organisations', resourceId: seeded.provider.id },
    ]);
  });

  it('an unknown zone is refused naming timeZone, and nothing changes', async () => {
    const { store, modules, seeded } = await seededApp();
    await expect(
      setOrganisationTimeZone({
        ...modules.identity,
        actor: seeded.actors.provider_admin,
        origin: testOrigin,
        organisationId: seeded.client.id,
        timeZone: 'Mars/Olympus',
      }),
    ).rejects.toMatchObject({ code: 'invalid_input', path: 'timeZone' });
    expect((await store.organisations.findById(seeded.client.id))?.timeZone).toBe(
      seeded.client.timeZone,
    );
    expect(store.tables.audit).toEqual([]);
  });

  it('only administrators may set it', async () => {
    const { modules, seeded } = await seededApp();
    await expect(
      setOrganisationTimeZone({
        ...modules.identity,
        actor: seeded.actors.account_manager,
        origin: testOrigin,
        organisationId: seeded.provider.id,
        timeZone: 'Europe/Madrid',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
