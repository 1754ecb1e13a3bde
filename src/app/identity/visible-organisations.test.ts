import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { visibleOrganisationIds } from './visible-organisations.js';

describe('visibleOrganisationIds', () => {
  it('provider staff and the installation see every organisation; others their reach', async () => {
    const { seeded } = await seededApp();
    expect(visibleOrganisationIds(seeded.actors.account_manager)).toBeUndefined();
    expect(visibleOrganisationIds({ system: 'job' })).toBeUndefined();
    expect(visibleOrganisationIds(seeded.actors.client_requester)).toEqual([seeded.client.id]);
    expect(visibleOrganisationIds(seeded.actors.partner_agent)).toEqual([
      seeded.partner.id,
      seeded.managedClient.id,
    ]);
  });
});
