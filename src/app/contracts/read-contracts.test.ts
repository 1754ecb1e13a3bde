import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { listContracts, readContract, readRequesters } from './read-contracts.js';

describe('reading contracts', () => {
  it('a client sees its own contracts and their requesters; staff see all; a client filter out of reach lists nothing', async () => {
    const { modules, seeded } = await seededApp();
    const { client_requester: client, agent } = seeded.actors;
    const ids = async (actor = client, clientId?: string) =>
      (await listContracts({ ...modules.contracts, actor, clientId })).map((r) => r.contract.id);
    expect(await ids()).toEqual([seeded.contract.contract.id]);
    expect(await ids(agent)).toHaveLength(3); // staff see the three seeded contracts
    expect(await ids(client, seeded.otherClient.id)).toEqual([]);
    const contractId = seeded.contract.contract.id;
    expect((await readContract({ ...modules.contracts, actor: client, contractId })).name).toBe(
      'Soporte Salesforce',
    );
    expect(await readRequesters({ ...modules.contracts, actor: client, contractId })).toEqual([
      seeded.users.client_requester.id,
      seeded.users.client_decision_maker.id,
    ]);
    await expect(
      readContract({
        ...modules.contracts,
        actor: client,
        contractId: seeded.otherContract.contract.id,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
