import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

/**
 * Two nodes on one database each keep contract contexts in memory (src/app/contracts/
 * current-context.ts): a change made through one node is seen by the next opening on the other.
 */
describeEachEngine('contract contexts cached per node', (database) => {
  let a: TestApp;
  let b: TestApp;
  let desk: Awaited<ReturnType<typeof deskWithContract>>;
  const openOn = async (node: TestApp) =>
    node.app.inject({
      method: 'POST',
      url: '/api/tickets',
      headers: { cookie: await node.cookieFor(demoUserByRole.client_requester) },
      payload: {
        contractId: desk.contractId,
        classification: { kind: 'question' },
        criticality: 'high',
        subject: 'No puedo exportar el informe',
        description: 'El botón de exportar no responde desde ayer.',
      },
    });

  /** The next ticket on b is due as on a node that never cached the contract, and not as before. */
  const expectChangedLikeAFreshNode = async (dueBefore: string) => {
    const after = await openOn(b);
    expect(after.statusCode).toBe(201);
    const fresh = await openOn(await buildTestApp(database().handle));
    expect(after.json().slaDueAt).toBe(fresh.json().slaDueAt);
    expect(after.json().slaDueAt).not.toBe(dueBefore);
  };

  beforeAll(async () => {
    a = await buildTestApp(database().handle);
    b = await buildTestApp(database().handle);
    desk = await deskWithContract(a);
  });

  it('a calendar changed on one node rules the next ticket opened on the other', async () => {
    const before = await openOn(b);
    expect(before.statusCode).toBe(201);
    const record = await a.store.contracts.find(desk.contractId);
    const calendarId = record?.contract.plan.calendarId ?? '';
    const calendar = await a.store.calendars.findById(calendarId);
    const changed = await a.app.inject({
      method: 'PUT',
      url: `/api/calendars/${calendarId}`,
      headers: desk.admin,
      payload: {
        name: calendar?.name,
        spec: { timeZone: 'America/Santiago', week: { tue: [['09:00', '18:00']] } },
      },
    });
    expect(changed.statusCode).toBe(200);
    await expectChangedLikeAFreshNode(before.json().slaDueAt);
  });

  it('a requester removed on one node can no longer open on the other, and can again once added back', async () => {
    expect((await openOn(b)).statusCode).toBe(201);
    const requesters = async (userIds: string[]) =>
      a.app.inject({
        method: 'PUT',
        url: `/api/contracts/${desk.contractId}/requesters`,
        headers: desk.admin,
        payload: { userIds },
      });
    const decider = await a.store.users.findByEmail(demoUserByRole.client_decision_maker);
    expect((await requesters([decider?.id ?? ''])).statusCode).toBe(200);
    expect((await openOn(b)).statusCode).toBe(403);
    expect((await requesters([desk.requesterId])).statusCode).toBe(200);
    expect((await openOn(b)).statusCode).toBe(201);
  });

  it('an amendment made on one node rules the next ticket opened on the other', async () => {
    const before = await openOn(b);
    expect(before.statusCode).toBe(201);
    const calendar = await a.app.inject({
      method: 'POST',
      url: '/api/calendars',
      headers: desk.admin,
      payload: {
        name: 'amended-calendar',
        spec: { timeZone: 'America/Santiago', week: { wed: [['09:00', '18:00']] } },
      },
    });
    expect(calendar.statusCode).toBe(201);
    const amended = await a.app.inject({
      method: 'POST',
      url: `/api/contracts/${desk.contractId}/amendments`,
      headers: desk.admin,
      payload: {
        kind: 'parameter_change',
        from: '2026-03-01',
        changes: { calendarId: calendar.json().id },
      },
    });
    expect(amended.statusCode).toBe(201);
    await expectChangedLikeAFreshNode(before.json().slaDueAt);
  });
});
