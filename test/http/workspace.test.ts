/**
 * The agent workspace over HTTP (issue 11, items 10–14): the queue's pages, filters and sorts,
 * assignment from the ticket and in bulk, tickets opened by an agent for a requester, the ticket
 * header, history and time entries, and the partner's first line (seed 001).
 */
import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskWithContract } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';
import { signInfinity25 } from '../support/hour-bank.js';

type Headers = { cookie: string };

describeEachEngine('the agent workspace over HTTP', (database) => {
  let test: TestApp;
  let desk: Awaited<ReturnType<typeof deskWithContract>>;
  let agentId: string;
  const get = (url: string, headers: Headers = desk.agent) =>
    test.app.inject({ url, headers }).then((res) => ({ status: res.statusCode, body: res.json() }));
  const send = (method: 'POST' | 'PATCH', url: string, payload: object, headers = desk.agent) =>
    test.app
      .inject({ method, url, headers, payload })
      .then((res) => ({ status: res.statusCode, body: res.json() }));
  const openMany = async (subjects: string[]) => {
    const ids: string[] = [];
    for (const subject of subjects) ids.push((await desk.open({ subject })).json().id);
    return ids;
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    desk = await deskWithContract(test);
    agentId = (await test.store.users.findByEmail(demoUserByRole.agent))?.id ?? '';
  });

  it('queue: pages of the contract’s tickets with the total that match, sorted by any column', async () => {
    const ids = await openMany(['Bravo', 'alfa', 'Charlie']);
    const base = `/api/tickets?contractId=${desk.contractId}&sort=subject`;
    const first = await get(`${base}&limit=2`);
    expect(first.body.total).toBe(3);
    expect(first.body.tickets.map((t: { subject: string }) => t.subject)).toEqual([
      'alfa',
      'Bravo',
    ]);
    expect(first.body.tickets[0]).toMatchObject({
      clientName: 'Tienda Sol',
      requesterName: expect.any(String),
      assigneeName: null,
    });
    const second = await get(`${base}&limit=2&offset=2`);
    expect(second.body).toMatchObject({ total: 3, tickets: [{ id: ids[2] }] });
    const desc = await get(`${base}&direction=desc&limit=1`);
    expect(desc.body.tickets[0].subject).toBe('Charlie');
  });

  it('queue: a bad sort, page size or filter is refused naming the field', async () => {
    for (const [query, field] of [
      ['sort=colour', 'sort'],
      ['limit=201', 'limit'],
      ['assignee=someone', 'assignee'],
      ['kind=bug', 'kind'],
      ['channel=fax', 'channel'],
    ]) {
      const res = await get(`/api/tickets?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.fields[0].path, query).toBe(`querystring.${field}`);
    }
  });

  it('assignment: to me from the ticket shows in the header and the history, and "mine" finds it', async () => {
    const [id] = await openMany(['Asignar']);
    const assigned = await send('PATCH', `/api/tickets/${id}`, { assigneeId: agentId });
    expect(assigned.status).toBe(200);
    expect(assigned.body.ticket).toMatchObject({
      assigneeId: agentId,
      assigneeName: 'Diego Castro',
    });
    expect(assigned.body.history.at(-1)).toMatchObject({
      actorId: agentId,
      action: 'changed',
      changes: [{ field: 'assignee', from: null, to: agentId }],
    });
    const mine = await get(`/api/tickets?contractId=${desk.contractId}&assignee=mine`);
    expect(mine.body.tickets.map((t: { id: string }) => t.id)).toContain(id);
    const unassigned = await get(`/api/tickets?contractId=${desk.contractId}&assignee=unassigned`);
    expect(unassigned.body.tickets.map((t: { id: string }) => t.id)).not.toContain(id);
  });

  it('assignment: a client user cannot be an assignee, and the picker lists only who can', async () => {
    const [id] = await openMany(['Asignar mal']);
    const res = await send('PATCH', `/api/tickets/${id}`, { assigneeId: desk.requesterId });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('body.assigneeId');
    const picker = await get(`/api/tickets/${id}/assignees`);
    const names = picker.body.map((p: { name: string }) => p.name);
    expect(names).toContain('Diego Castro');
    expect(picker.body.map((p: { id: string }) => p.id)).not.toContain(desk.requesterId);
  });

  it('bulk: status, assignee and criticality change on every picked ticket; a refused one is reported, the others kept', async () => {
    const ids = await openMany(['Lote 1', 'Lote 2']);
    const [first = '', second = ''] = ids;
    await send('POST', `/api/tickets/${second}/status`, { status: 'resolved' });
    const res = await send('POST', '/api/tickets/bulk', {
      ticketIds: ids,
      change: { status: 'waiting_client', assigneeId: agentId, criticality: 'medium' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual([
      { ticketId: first, ok: true },
      expect.objectContaining({ ticketId: second, ok: false, code: 'rule_violation' }),
    ]);
    expect((await get(`/api/tickets/${first}`)).body.ticket).toMatchObject({
      status: 'waiting_client',
      assigneeId: agentId,
      criticality: 'medium',
    });
    const empty = await send('POST', '/api/tickets/bulk', { ticketIds: ids, change: {} });
    expect(empty.status).toBe(400);
    const asClient = await send(
      'POST',
      '/api/tickets/bulk',
      { ticketIds: ids, change: { criticality: 'low' } },
      desk.client,
    );
    expect(asClient.status).toBe(403);
  });

  it('agent-created ticket: by phone for an authorised requester, who is named in the header; the history says the agent opened it', async () => {
    const res = await desk.open(
      { channel: 'phone', requesterId: desk.requesterId, subject: 'Llamada' },
      desk.agent,
    );
    expect(res.statusCode).toBe(201);
    const detail = await get(`/api/tickets/${res.json().id}`);
    expect(detail.body.ticket).toMatchObject({ channel: 'phone', requesterId: desk.requesterId });
    expect(detail.body.ticket.requesterName).not.toBe('');
    expect(detail.body.history[0]).toMatchObject({
      action: 'opened',
      actorId: agentId,
      channel: 'phone',
    });
    const requesters = await get(`/api/contracts/${desk.contractId}/requesters`);
    expect(JSON.stringify(requesters.body)).toContain(desk.requesterId);
  });

  it('clients see who answered: the agent who replied is named with their role in the client’s view', async () => {
    const [id] = await openMany(['¿Quién responde?']);
    const reply = await send('POST', `/api/tickets/${id}/replies`, { body: 'Lo reviso hoy.' });
    expect(reply.status).toBe(201);
    const asClient = (await get(`/api/tickets/${id}`, desk.client)).body;
    const answer = asClient.messages.find((m: { body: string }) => m.body === 'Lo reviso hoy.');
    expect(answer.authorId).toBe(agentId);
    expect(asClient.people).toContainEqual({ id: agentId, name: 'Diego Castro', role: 'agent' });
  });

  it('ticket page: time entries with their note, date and charge; clients do not get them', async () => {
    const [id] = await openMany(['Con horas']);
    await send('POST', `/api/tickets/${id}/time`, {
      minutes: 25,
      firstContact: true,
      note: 'Revisión del flujo',
      on: '2026-03-02',
    });
    const detail = await get(`/api/tickets/${id}?locale=en`);
    expect(detail.body.timeEntries).toEqual([
      expect.objectContaining({
        workedMinutes: 25,
        chargedMinutes: 60,
        note: 'Revisión del flujo',
        on: '2026-03-02',
        createdBy: agentId,
      }),
    ]);
    expect(detail.body.timeEntries[0].reasons.length).toBeGreaterThan(0);
    expect(detail.body.people).toContainEqual({ id: agentId, name: 'Diego Castro', role: 'agent' });
    expect((await get(`/api/tickets/${id}`, desk.client)).body.timeEntries).toEqual([]);
  });

  it('partner first line (seed 001): opens for its client, works the ticket, shares notes, escalates; sees no provider note; the client sees neither', async () => {
    const managed = await signInfinity25(test, {}, 'Café Montaña');
    const requester = await test.store.users.findByEmail('soporte@cafemontana.demo');
    await test.store.contracts.setRequesters(managed.contractId, [requester?.id ?? '']);
    const partner = { cookie: await test.cookieFor(demoUserByRole.partner_agent) };
    const client = { cookie: await test.cookieFor('soporte@cafemontana.demo') };
    const opened = await send(
      'POST',
      '/api/tickets',
      {
        contractId: managed.contractId,
        requesterId: requester?.id,
        channel: 'chat',
        classification: { kind: 'question' },
        criticality: 'high',
        subject: 'Importación de catálogo',
        description: 'Falla la importación.',
      },
      partner,
    );
    expect(opened.status).toBe(201);
    const id = opened.body.id;
    const path = `/api/tickets/${id}`;
    expect((await send('POST', `${path}/status`, { status: 'open' }, partner)).status).toBe(200);
    expect((await send('PATCH', path, { level: 'L2' }, partner)).status).toBe(200);
    const shared = await send('POST', `${path}/notes`, { body: 'Revisado el CSV' }, partner);
    expect(shared.body.messages.at(-1)).toMatchObject({ visibility: 'partner' });
    const refused = await send(
      'POST',
      `${path}/notes`,
      { body: 'x', audience: 'internal' },
      partner,
    );
    expect(refused.status).toBe(400);
    await send('POST', `${path}/notes`, { body: 'Solo proveedor' }, desk.agent);
    const escalated = await send(
      'POST',
      `${path}/escalate`,
      { reason: 'Necesitamos al fabricante' },
      partner,
    );
    expect(escalated.status).toBe(200);
    expect(escalated.body.ticket.escalatedAt).not.toBeNull();
    const again = await send('POST', `${path}/escalate`, { reason: 'otra vez' }, partner);
    expect(again.status).toBe(422);

    const bodies = (detail: { messages: { body: string }[] }) => detail.messages.map((m) => m.body);
    const asPartner = (await get(path, partner)).body;
    expect(bodies(asPartner)).toEqual([
      'Falla la importación.',
      'Revisado el CSV',
      'Necesitamos al fabricante',
    ]);
    expect(asPartner.history.map((h: { action: string }) => h.action)).toEqual([
      'opened',
      'changed',
      'changed',
      'note',
      'escalated',
      'note',
    ]);
    const asProvider = (await get(path)).body;
    expect(bodies(asProvider)).toContain('Solo proveedor');
    expect(bodies(asProvider)).toContain('Revisado el CSV');
    const asClient = (await get(path, client)).body;
    expect(bodies(asClient)).toEqual(['Falla la importación.']);
    expect(asClient.history.map((h: { action: string }) => h.action)).toEqual([
      'opened',
      'changed',
      'changed',
    ]);
    const clientId = (await test.store.organisations.list()).find(
      (o) => o.name === 'Café Montaña',
    )?.id;
    const queue = await get(`/api/tickets?escalated=true&clientId=${clientId}`);
    expect(queue.body.tickets.map((t: { id: string }) => t.id)).toEqual([id]);
    const partnerQueue = await get('/api/tickets?limit=200', partner);
    expect(
      partnerQueue.body.tickets.every(
        (t: { clientName: string }) => t.clientName === 'Café Montaña',
      ),
    ).toBe(true);
    expect((await send('POST', `${path}/escalate`, { reason: 'x' }, desk.agent)).status).toBe(403);
  });
});
