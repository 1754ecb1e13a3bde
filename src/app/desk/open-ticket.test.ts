import { beforeEach, describe, expect, it } from 'vitest';
import { type FakeApp, fakeApp } from '../../../test/fakes/app.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { type Installation, seedInstallation } from '../../../test/fakes/seed.js';
import { testOrigin } from '../../../test/support/origin.js';
import { openTicket } from './open-ticket.js';

describe('openTicket', () => {
  let app: FakeApp;
  let seeded: Installation;
  const input = (overrides: Record<string, unknown> = {}) => ({
    contractId: seeded.contract.contract.id,
    channel: 'portal' as const,
    classification: { kind: 'question' as const },
    criticality: 'high' as const,
    subject: 'No puedo exportar el informe',
    description: 'El botón de exportar no responde.',
    ...overrides,
  });
  const open = (actor = seeded.actors.client_requester, overrides = {}) =>
    openTicket({ ...app.modules.desk, actor, origin: testOrigin, input: input(overrides) });

  beforeEach(async () => {
    app = fakeApp();
    seeded = await seedInstallation(app.store);
  });

  it('an authorised requester opens a ticket whose first-response clock runs on business time', async () => {
    const ticket = await open();
    expect(ticket).toMatchObject({
      id: fixedId(1),
      number: '1',
      requesterId: seeded.users.client_requester.id,
      status: 'new',
      slaState: 'running',
      openedAt: app.clock.now(),
    });
    // Monday 09:00 UTC is 06:00 in Santiago: the hour of seed 002's BASE runs from 09:00 local
    expect(ticket.slaDueAt?.toISOString()).toBe('2026-03-02T13:00:00.000Z');
  });

  it('records its audit entry and a ticket.opened event in the same transaction', async () => {
    const ticket = await open();
    expect(app.store.tables.audit).toMatchObject([
      {
        via: 'system',
        action: 'test setup',
        actorUserId: seeded.users.client_requester.id,
        resourceType: 'tickets',
        resourceId: ticket.id,
        at: app.clock.now(),
      },
    ]);
    expect(app.store.tables.outbox.map((row) => row.event)).toEqual([
      {
        id: fixedId(2),
        type: 'ticket.opened',
        occurredAt: app.clock.now(),
        payload: {
          ticketId: ticket.id,
          contractId: seeded.contract.contract.id,
          clientId: seeded.client.id,
          requesterId: seeded.users.client_requester.id,
          channel: 'portal',
          criticality: 'high',
          subject: 'No puedo exportar el informe',
        },
      },
    ]);
  });

  it('an agent opens one on behalf of an authorised requester; anyone else is refused and nothing is written', async () => {
    const agent = seeded.actors.agent;
    const made = await open(agent, { requesterId: seeded.users.client_decision_maker.id });
    expect(made.requesterId).toBe(seeded.users.client_decision_maker.id);
    await expect(
      open(agent, { requesterId: seeded.users.other_requester.id }),
    ).rejects.toMatchObject({ code: 'forbidden', path: 'requesterId' });
    await expect(open(agent)).rejects.toMatchObject({ code: 'invalid_input', path: 'requesterId' });
    expect(app.store.tables.tickets).toHaveLength(1);
    expect(app.store.tables.audit).toHaveLength(1);
  });

  it('another client’s contract reads as not found', async () => {
    await expect(
      open(seeded.actors.client_requester, { contractId: seeded.otherContract.contract.id }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a contract not in force today is refused, naming the contract', async () => {
    app.clock.advance(-3 * 24 * 3600 * 1000); // 27 February: before the contract starts
    await expect(open()).rejects.toMatchObject({ code: 'rule_violation', path: 'contractId' });
  });

  it('a criticality the plan offers no target for is refused by field', async () => {
    const { contract } = seeded.contract;
    const rows = app.store.tables.contractRows;
    const index = rows.findIndex((c) => c.id === contract.id);
    const row = rows[index];
    if (!row) throw new Error('no seeded contract');
    const responseTargets = { ...row.plan.responseTargets, low: null };
    rows[index] = { ...row, plan: { ...row.plan, responseTargets } };
    await expect(open(undefined, { criticality: 'low' })).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'criticality',
    });
    expect(app.store.tables.outbox).toEqual([]);
  });
});
