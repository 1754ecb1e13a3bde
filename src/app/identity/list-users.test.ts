import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { listUsers } from './list-users.js';

describe('listUsers', () => {
  it('lists the users in reach, optionally of one organisation; one out of reach lists nothing', async () => {
    const { modules, seeded } = await seededApp();
    const list = (actor: Parameters<typeof listUsers>[0]['actor'], organisationId?: string) =>
      listUsers({ ...modules.identity, actor, organisationId });
    expect(await list({ system: 'cli' })).toHaveLength(8);
    expect((await list(seeded.actors.client_requester)).map((u) => u.organisationId)).toEqual([
      seeded.client.id,
      seeded.client.id,
    ]);
    expect(await list(seeded.actors.client_requester, seeded.otherClient.id)).toEqual([]);
    expect(await list(seeded.actors.agent, seeded.otherClient.id)).toHaveLength(1);
  });
});
