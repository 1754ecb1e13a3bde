import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { setRequesters } from './set-requesters.js';

describe('setRequesters', () => {
  it('people of the contract’s client, at most the plan’s maximum, audited (seed 002: the Contraparte)', async () => {
    const { store, modules, seeded } = await seededApp();
    const contractId = seeded.contract.contract.id;
    const set = (userIds: string[], actor = seeded.actors.account_manager) =>
      setRequesters({ ...modules.contracts, actor, origin: testOrigin, contractId, userIds });
    const { client_requester: requester, other_requester: outsider } = seeded.users;
    expect(await set([requester.id, requester.id])).toEqual([requester.id]);
    expect(await store.contracts.requesters(contractId)).toEqual([requester.id]);
    await expect(set([requester.id, outsider.id])).rejects.toMatchObject({ path: 'userIds[1]' });
    await expect(set(['a', 'b', 'c', 'd'])).rejects.toMatchObject({ path: 'userIds' });
    await expect(set([], seeded.actors.agent)).rejects.toMatchObject({ code: 'forbidden' });
    expect(store.tables.audit).toHaveLength(1);
  });
});
