import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { readOrganisation } from './read-organisation.js';

describe('readOrganisation', () => {
  it('an organisation out of reach reads exactly like one that does not exist', async () => {
    const { modules, seeded } = await seededApp();
    const read = (organisationId: string) =>
      readOrganisation({ ...modules.identity, actor: seeded.actors.partner_agent, organisationId });
    expect((await read(seeded.managedClient.id)).name).toBe('Café Montaña');
    const outOfReach = await read(seeded.client.id).catch((error: unknown) => error);
    const missing = await read('no-such-organisation').catch((error: unknown) => error);
    expect(outOfReach).toMatchObject({ code: 'not_found', message: 'no such organisation' });
    expect(missing).toEqual(outOfReach);
  });
});
