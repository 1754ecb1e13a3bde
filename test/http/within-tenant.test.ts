import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('within a tenant (issue 18 #10)', (database) => {
  let test: TestApp;
  let desk: Awaited<ReturnType<typeof deskWithContract>>;
  let decider: { cookie: string };
  const logTime = (ticketId: string, minutes: number, note: string) =>
    test.app.inject({
      method: 'POST',
      url: `/api/tickets/${ticketId}/time`,
      headers: desk.agent,
      payload: { minutes, firstContact: false, note },
    });
  const read = (path: string, headers: { cookie: string }) =>
    test.app.inject({ url: `/api/contracts/${desk.contractId}/${path}`, headers });

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    desk = await deskWithContract(test);
    decider = { cookie: await test.cookieFor(demoUserByRole.client_decision_maker) };
  });

  it("a requester's view of the hour bank shows only its own tickets' work, never other requesters' notes", async () => {
    const own = (await desk.open()).json().id;
    const others = (await desk.open({ subject: 'Factura duplicada' }, decider)).json().id;
    for (const [ticketId, note] of [
      [own, 'own ticket, first visit'],
      [others, 'confidential: payroll export of the decision-maker'],
      [own, 'own ticket, second visit'],
      [others, 'confidential: second visit'],
    ]) {
      expect((await logTime(ticketId, 90, note)).statusCode).toBe(201);
    }
    const work = (await read('work', desk.client)).json() as { ticketRef: string; note: string }[];
    expect(work.map((w) => w.note).sort()).toEqual([
      'own ticket, first visit',
      'own ticket, second visit',
    ]);
    expect(JSON.stringify((await read(`work?ticketRef=${others}`, desk.client)).json())).toBe('[]');
    const entries = (await read('entries', desk.client)).json() as {
      type: string;
      ticketId?: string;
    }[];
    const consumed = entries.filter((e) => e.type === 'consume').map((e) => e.ticketId);
    expect(consumed).toEqual([own, own]);
    expect(entries.some((e) => e.type === 'grant')).toBe(true);

    const asDecider = (await read('work', decider)).json() as { ticketRef: string }[];
    expect(new Set(asDecider.map((w) => w.ticketRef))).toEqual(new Set([own, others]));
    const staffEntries = (await read('entries', desk.agent)).json() as { type: string }[];
    expect(staffEntries.filter((e) => e.type === 'consume')).toHaveLength(4);
  });

  it("a client cannot change a ticket's status through a reply; the provider can", async () => {
    const { id } = (await desk.open()).json();
    const asClient = await test.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/replies`,
      headers: desk.client,
      payload: { body: 'Ya está, gracias', setStatus: 'resolved' },
    });
    expect(asClient.statusCode).toBe(403);
    expect(asClient.json().error.fields?.[0]?.path ?? asClient.json().error.path).toContain(
      'setStatus',
    );
    const ticket = (
      await test.app.inject({ url: `/api/tickets/${id}`, headers: desk.agent })
    ).json();
    expect(ticket.ticket.status).toBe('new');
    expect(JSON.stringify(ticket.messages)).not.toContain('Ya está');
    const asAgent = await test.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/replies`,
      headers: desk.agent,
      payload: { body: '¿Sigue ocurriendo?', setStatus: 'waiting_client' },
    });
    expect(asAgent.statusCode).toBe(201);
    expect(asAgent.json().ticket.status).toBe('waiting_client');
  });

  it('PATCH /api/users/{id} with {} answers 400 naming the body, not a SQL error', async () => {
    const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
    const user = await test.store.users.findByEmail(demoUserByRole.agent);
    const res = await test.app.inject({
      method: 'PATCH',
      url: `/api/users/${user?.id}`,
      headers: admin,
      payload: {},
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_input');
    expect(res.json().error.message).toContain('at least one of name');
  });

  it('unauthenticated requests write no audit rows; a failed sign-in records the email tried', async () => {
    const before = (await test.store.audit.list({ limit: 500 })).length;
    for (const url of ['/api/organisations', '/api/tickets', '/api/auth/logout']) {
      const res = await test.app.inject({
        method: 'POST',
        url,
        headers: { 'x-request-id': 'anonymous-probe' },
        payload: {},
      });
      expect(res.statusCode).toBe(401);
    }
    const failed = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-request-id': 'failed-sign-in' },
      payload: { email: 'Guessed.Victim@tiendasol.demo', password: 'not-the-password' },
      remoteAddress: '10.9.9.9',
    });
    expect(failed.statusCode).toBe(401);
    const entries = await test.store.audit.list({ limit: 500 });
    expect(entries.filter((e) => e.requestId === 'anonymous-probe')).toEqual([]);
    expect(entries.filter((e) => e.requestId === 'failed-sign-in')).toMatchObject([
      { action: 'POST /api/auth/login', resourceId: 'Guessed.Victim@tiendasol.demo', outcome: 401 },
    ]);
    expect(entries.length).toBe(before + 1);
  });
});
