import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { deskWithContract } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('the service desk over HTTP', (database) => {
  let test: TestApp;
  let desk: Awaited<ReturnType<typeof deskWithContract>>;
  const reply = (id: string, payload: object, headers = desk.agent) =>
    test.app.inject({ method: 'POST', url: `/api/tickets/${id}/replies`, headers, payload });

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    // Monday 2 March 2026, 09:00 UTC; the seed-002 calendar is Mon–Tue 09–18 America/Santiago
    desk = await deskWithContract(test);
  });

  it('an authorised requester opens a ticket and its first-response clock runs on business time', async () => {
    const res = await desk.open();
    expect(res.statusCode).toBe(201);
    const ticket = res.json();
    expect(ticket).toMatchObject({ status: 'new', criticality: 'high', slaState: 'running' });
    // seed 002 high: 1 business hour; Santiago opens at 12:00 UTC (09:00 -03), so due 13:00 UTC
    expect(ticket.slaDueAt).toBe('2026-03-02T13:00:00.000Z');
  });

  it('a requester who is not authorised is refused with a clear error and nothing is written', async () => {
    const before = (await test.app.inject({ url: '/api/tickets', headers: desk.agent })).json()
      .total;
    const outsider = await test.store.users.findByEmail('contacto@clinicanorte.demo');
    const res = await desk.open({ requesterId: outsider?.id }, desk.agent);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/authorised requesters/);
    expect((await test.app.inject({ url: '/api/tickets', headers: desk.agent })).json().total).toBe(
      before,
    );
  });

  it('reply-and-wait counts as first response; an automatic reply does not', async () => {
    const { id } = (await desk.open()).json();
    await reply(id, { body: 'Hemos recibido su solicitud.', automatic: true });
    let detail = (await test.app.inject({ url: `/api/tickets/${id}`, headers: desk.agent })).json();
    expect(detail.sla.firstResponse.state).not.toBe('met');
    const res = await reply(id, { body: '¿Qué navegador usa?', setStatus: 'waiting_client' });
    expect(res.statusCode).toBe(201);
    detail = res.json();
    expect(detail.ticket.status).toBe('waiting_client');
    expect(detail.sla.firstResponse.state).toBe('met');
    expect(detail.sla.firstResponse.explanation.length).toBeGreaterThan(0);
  });

  it('a client reply to a ticket waiting on it reopens it', async () => {
    const { id } = (await desk.open()).json();
    await reply(id, { body: '¿Puede enviar una captura?', setStatus: 'waiting_client' });
    const res = await reply(id, { body: 'Adjunto la captura.' }, desk.client);
    expect(res.json().ticket.status).toBe('open');
  });

  it('a reply to a closed ticket and an unknown status transition are refused', async () => {
    const { id } = (await desk.open()).json();
    const status = (to: string) =>
      test.app.inject({
        method: 'POST',
        url: `/api/tickets/${id}/status`,
        headers: desk.agent,
        payload: { status: to },
      });
    const skipped = await status('closed');
    expect(skipped.statusCode).toBe(422);
    expect(skipped.json().error).toMatchObject({
      rule: 'tickets.rule.transition_not_allowed',
      params: { from: 'new', to: 'closed' },
    });
    expect((await status('resolved')).statusCode).toBe(200);
    expect((await status('closed')).statusCode).toBe(200);
    const late = await reply(id, { body: 'Una cosa más' });
    expect(late.statusCode).toBe(422);
    expect(late.json().error).toMatchObject({
      rule: 'tickets.rule.closed_accepts_no_replies',
      params: {},
    });
  });

  it('a client requester sees only its own tickets; internal notes stay internal', async () => {
    const { id } = (await desk.open()).json();
    await test.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/notes`,
      headers: desk.agent,
      payload: { body: 'Revisar logs' },
    });
    const asClient = (
      await test.app.inject({ url: `/api/tickets/${id}`, headers: desk.client })
    ).json();
    expect(asClient.messages.every((m: { visibility: string }) => m.visibility === 'public')).toBe(
      true,
    );
    const other = { cookie: await test.cookieFor('contacto@clinicanorte.demo') };
    expect((await test.app.inject({ url: `/api/tickets/${id}`, headers: other })).statusCode).toBe(
      404,
    );
  });

  it('time logged on a ticket goes through the hour bank with its rules', async () => {
    const { id } = (await desk.open()).json();
    const res = await test.app.inject({
      method: 'POST',
      url: `/api/tickets/${id}/time`,
      headers: desk.agent,
      payload: { minutes: 25, firstContact: true },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().charge.minutes).toBe(60);
  });

  it('texts the server composes are in the viewer’s language, with the codes and parameters beside them', async () => {
    const { id } = (await desk.open()).json();
    const read = (headers: Record<string, string>, query = '') =>
      test.app.inject({
        url: `/api/tickets/${id}${query}`,
        headers: { ...desk.agent, ...headers },
      });
    const steps = async (headers: Record<string, string>, query = '') =>
      (await read(headers, query)).json().sla.firstResponse.explanation as {
        code: string;
        text: string;
        params: Record<string, unknown>;
      }[];
    const english = await steps({ 'accept-language': 'en-GB,en;q=0.9' });
    const spanish = await steps({ 'accept-language': 'es-CL' });
    expect(english.map((s) => s.code)).toEqual(spanish.map((s) => s.code));
    expect(english.map((s) => s.text)).not.toEqual(spanish.map((s) => s.text));
    expect(english.some((s) => /target/i.test(s.text))).toBe(true);
    expect(spanish.some((s) => /objetivo/i.test(s.text))).toBe(true);
    // ?locale= wins over the header; params carry what the words are made of
    expect(await steps({ 'accept-language': 'es' }, '?locale=en')).toEqual(english);
    expect(english.every((s) => typeof s.params === 'object')).toBe(true);
    expect((await read({})).json().timeZone).toBe('America/Santiago');

    // each language on a ticket of its own, so both charges meet the per-ticket minimum
    const time = async (language: string) =>
      test.app.inject({
        method: 'POST',
        url: `/api/tickets/${(await desk.open()).json().id}/time`,
        headers: { ...desk.agent, 'accept-language': language },
        payload: { minutes: 10, firstContact: true },
      });
    const reasonsIn = async (language: string) =>
      (await time(language)).json().charge.reasons as { code: string; text: string }[];
    const en = await reasonsIn('en');
    const es = await reasonsIn('es');
    expect(en.map((r) => r.code)).toContain('minimum_per_ticket');
    expect(en.find((r) => r.code === 'minimum_per_ticket')?.text).toMatch(/minimum/i);
    expect(es.find((r) => r.code === 'minimum_per_ticket')?.text).toMatch(/mínimo/i);
  });

  it('the queue filters by SLA state and finds tickets by text', async () => {
    await desk.open({ subject: 'Factura duplicada en marzo' });
    const found = (
      await test.app.inject({ url: '/api/tickets?q=duplicada', headers: desk.agent })
    ).json().tickets;
    expect(found.map((t: { subject: string }) => t.subject)).toEqual([
      'Factura duplicada en marzo',
    ]);
    const running = (
      await test.app.inject({ url: '/api/tickets?slaState=running', headers: desk.agent })
    ).json().tickets;
    expect(running.length).toBeGreaterThan(0);
    expect(running.every((t: { slaState: string }) => t.slaState === 'running')).toBe(true);
  });

  it('a criticality the plan does not have is refused', async () => {
    const low = await deskWithContract(test, {
      responseTargets: { high: 60, medium: 360, low: null },
    });
    const res = await low.open({ criticality: 'low' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields[0].path).toBe('body.criticality');
  });

  it('a ticket on a contract that has ended is refused and nothing is written', async () => {
    const ended = await deskWithContract(test, {}, { end: '2026-03-02' });
    const before = (await test.app.inject({ url: '/api/tickets', headers: desk.agent })).json()
      .total;
    const res = await ended.open();
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields[0].path).toBe('body.contractId');
    expect(res.json().error).toMatchObject({
      rule: 'tickets.rule.contract_not_in_force',
      params: { end: '2026-03-02' },
    });
    expect((await test.app.inject({ url: '/api/tickets', headers: desk.agent })).json().total).toBe(
      before,
    );
  });
});
