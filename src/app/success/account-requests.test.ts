import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { moveRequest, raiseRequest } from './account-requests.js';
import { readSuccess } from './read-success.js';

describe('account requests', () => {
  it('the decision-maker asks, staff accept and complete it, each step with who and when', async () => {
    const { store, modules, seeded, clock } = await seededApp();
    const on = {
      ...modules.success,
      origin: testOrigin,
      contractId: seeded.contract.contract.id,
    };
    const request = await raiseRequest({
      ...on,
      actor: seeded.actors.client_decision_maker,
      kind: 'renewal',
      description: 'Renovar por un año con 30 horas',
    });
    expect(request).toMatchObject({
      status: 'open',
      raisedBy: seeded.users.client_decision_maker.id,
      answerDueOn: '2026-03-05',
      steps: [],
    });
    const move = (status: 'accepted' | 'declined' | 'done', note = '') =>
      moveRequest({
        ...on,
        actor: seeded.actors.account_manager,
        requestId: request.id,
        status,
        note,
      });
    await move('accepted');
    clock.advance(86_400_000);
    const done = await move('done', 'Anexo firmado');
    expect(done.steps).toEqual([
      {
        status: 'accepted',
        by: seeded.users.account_manager.id,
        at: Date.UTC(2026, 2, 2, 9),
        note: '',
      },
      {
        status: 'done',
        by: seeded.users.account_manager.id,
        at: Date.UTC(2026, 2, 3, 9),
        note: 'Anexo firmado',
      },
    ]);
    await expect(move('declined', 'Tarde')).rejects.toMatchObject({ rule: 'request_closed' });
    const view = await readSuccess({ ...on, actor: seeded.actors.client_decision_maker });
    expect(view.requests.map((r) => r.status)).toEqual(['done']);
    expect(store.tables.audit.map((a) => a.resourceType)).toEqual([
      'account_requests',
      'account_requests',
      'account_requests',
    ]);
  });

  it('a requester may not ask, an indirect client asks through its partner, and the client cannot decide', async () => {
    const { modules, seeded } = await seededApp();
    const ask = (actor: (typeof seeded.actors)[keyof typeof seeded.actors], contractId: string) =>
      raiseRequest({
        ...modules.success,
        origin: testOrigin,
        actor,
        contractId,
        kind: 'parameter_change',
        description: 'Más usuarios',
      });
    await expect(
      ask(seeded.actors.client_requester, seeded.contract.contract.id),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      ask(seeded.actors.managed_requester, seeded.managedContract.contract.id),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const viaPartner = await ask(seeded.actors.partner_agent, seeded.managedContract.contract.id);
    expect(viaPartner.status).toBe('open');
    await expect(
      moveRequest({
        ...modules.success,
        origin: testOrigin,
        actor: seeded.actors.client_decision_maker,
        contractId: seeded.contract.contract.id,
        requestId: viaPartner.id,
        status: 'accepted',
        note: '',
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
