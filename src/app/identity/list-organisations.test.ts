import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { listOrganisations } from './list-organisations.js';

describe('listOrganisations', () => {
  it('provider staff see every organisation, a client its own, a partner its own and its clients', async () => {
    const { modules, seeded } = await seededApp();
    const names = async (actor: typeof seeded.actors.agent) =>
      (await listOrganisations({ ...modules.identity, actor })).map((o) => o.name);
    expect(await names(seeded.actors.agent)).toHaveLength(5);
    expect(await names(seeded.actors.client_requester)).toEqual(['Tienda Sol']);
    expect((await names(seeded.actors.partner_agent)).sort()).toEqual([
      'Café Montaña',
      'Partner Cloud',
    ]);
  });
});
