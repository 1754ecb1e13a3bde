import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { assignContractCsm } from './assign-csm.js';
import { readSuccess } from './read-success.js';

describe('assignContractCsm', () => {
  it('makes an account manager the CSM of a direct client, shown on the contract from that day', async () => {
    const { store, modules, seeded } = await seededApp();
    const contractId = seeded.contract.contract.id;
    const actor = seeded.actors.account_manager;
    const csmUserId = seeded.users.account_manager.id;
    const assign = { ...modules.success, actor, origin: testOrigin, contractId, csmUserId };
    expect(await assignContractCsm(assign)).toEqual([
      { organisationId: seeded.client.id, csmUserId, from: '2026-03-02', until: null },
    ]);
    const view = await readSuccess({
      ...modules.success,
      actor: seeded.actors.client_requester,
      contractId,
    });
    expect(view.firstLine).toEqual({ kind: 'csm', userId: csmUserId });
    expect(view.csm?.email).toBe('cuentas@soporteandino.example');
    expect(store.tables.audit.map((a) => a.resourceType)).toEqual(['csm_assignments']);
    await expect(
      assignContractCsm({ ...assign, csmUserId: seeded.users.agent.id }),
    ).rejects.toMatchObject({ rule: 'not_an_account_manager', path: 'csmUserId' });
    await expect(
      assignContractCsm({ ...assign, actor: seeded.actors.agent }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('an indirect client has no CSM: its partner is its first line', async () => {
    const { store, modules, seeded } = await seededApp();
    const contractId = seeded.managedContract.contract.id;
    await expect(
      assignContractCsm({
        ...modules.success,
        actor: seeded.actors.account_manager,
        origin: testOrigin,
        contractId,
        csmUserId: seeded.users.account_manager.id,
      }),
    ).rejects.toMatchObject({
      rule: 'indirect_client_managed_by_partner',
      params: { partnerId: seeded.partner.id },
    });
    expect(store.tables.success.assignments).toEqual([]);
    const view = await readSuccess({
      ...modules.success,
      actor: seeded.actors.partner_agent,
      contractId,
    });
    expect(view).toMatchObject({
      firstLine: { kind: 'partner', partnerId: seeded.partner.id },
      partnerName: 'Partner Cloud',
      csm: null,
      suggestedQuarterly: null,
    });
  });
});
