import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { deskOn } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';
import { signContract } from '../support/hour-bank.js';

const nul = '\u0000';

describeEachEngine('bad input gets a clear 4xx naming the field', (database) => {
  let test: TestApp;
  let desk: Awaited<ReturnType<typeof deskOn>>;
  let ticketId: string;

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    desk = await deskOn(test);
    ticketId = (await desk.open()).json().id;
  });

  describe('a NUL character (U+0000) in a text field or a query string', () => {
    it('is refused with 400 naming the field on every route that takes a body, never a 500', async () => {
      const doc = (await test.app.inject({ url: '/openapi.json' })).json() as {
        paths: Record<string, Record<string, unknown>>;
      };
      const answers: string[] = [];
      const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin, true) };
      for (const [path, methods] of Object.entries(doc.paths)) {
        if (path === '/api/auth/logout') continue; // it takes no body, and would end the session
        for (const method of Object.keys(methods).filter((m) =>
          ['post', 'put', 'patch'].includes(m),
        )) {
          const url = path.replace(
            '{id}',
            path.startsWith('/api/tickets') ? ticketId : desk.contractId,
          );
          const res = await test.app.inject({
            method: method.toUpperCase() as 'POST',
            url,
            headers: { ...admin, 'content-type': 'application/json' },
            payload: JSON.stringify({ nested: { list: ['fine', `a${nul}b`] } }),
          });
          const field = res.body ? res.json().error?.fields?.[0] : undefined;
          answers.push(
            `${method} ${path} ${res.statusCode} ${field?.path} ${/U\+0000/.test(field?.message ?? '')}`,
          );
        }
      }
      expect(answers.length).toBeGreaterThan(20);
      // refused with the field named, unless the role may not call the route at all
      for (const answer of answers)
        expect(answer).toMatch(/ (400 body\.nested\.list\[1\] true|403 undefined false)$/);
      // the routes a provider administrator may not call at all answer 403 before reading the body
      expect(
        answers.filter((answer) => answer.includes(' 403 ')).map((a) => a.split(' ', 2).join(' ')),
      ).toEqual([
        'post /api/contracts/{id}/decisions',
        'post /api/tickets/{id}/escalate',
        'post /api/knowledge/deflection-events',
        'post /api/agency/contracts/{contractId}/activities',
        'post /api/agency/contracts/{contractId}/activities/{activityId}/channel',
        'post /api/agency/contracts/{contractId}/deliverables/{deliverableId}/answer',
        'post /api/quotes/contracts/{contractId}/quotes/{quoteId}/decision',
        'put /api/updates/subscription',
      ]);
    });

    it('is refused in real requests, and nothing is written', async () => {
      const before = (await test.app.inject({ url: '/api/tickets', headers: desk.agent })).json()
        .total;
      const cases: [string, string, object | undefined, string][] = [
        [
          'POST',
          '/api/tickets',
          {
            contractId: desk.contractId,
            classification: { kind: 'question' },
            criticality: 'high',
            requesterId: desk.requesterId,
            subject: `Hola${nul}`,
            description: 'x',
          },
          'body.subject',
        ],
        ['POST', `/api/tickets/${ticketId}/replies`, { body: `Respuesta${nul}` }, 'body.body'],
        ['POST', `/api/tickets/${ticketId}/notes`, { body: nul }, 'body.body'],
        [
          'POST',
          `/api/success/contracts/${desk.contractId}/meetings/${randomUUID()}/cancel`,
          { reason: `Cierre${nul}` },
          'body.reason',
        ],
        ['PATCH', `/api/tickets/${ticketId}`, { subject: `x${nul}` }, 'body.subject'],
        [
          'POST',
          `/api/contracts/${desk.contractId}/work`,
          { ticketRef: `T${nul}1`, kind: 'question', minutes: 5 },
          'body.ticketRef',
        ],
        [
          'POST',
          '/api/calendars',
          { name: `cal${nul}`, spec: { timeZone: 'UTC', week: {} } },
          'body.name',
        ],
        [
          'POST',
          '/api/plans',
          { name: 'p', presetId: 'seed002-base', params: { [`k${nul}`]: 1 } },
          'body.params',
        ],
        ['GET', `/api/tickets?q=a${encodeURIComponent(nul)}b`, undefined, 'querystring.q'],
        [
          'GET',
          `/api/contracts/${desk.contractId}/work?ticketRef=${encodeURIComponent(nul)}`,
          undefined,
          'querystring.ticketRef',
        ],
        [
          'GET',
          `/api/auth/oidc/callback?code=c&state=${encodeURIComponent(nul)}`,
          undefined,
          'querystring.state',
        ],
      ];
      for (const [method, url, payload, path] of cases) {
        const res = await test.app.inject({
          method: method as 'POST',
          url,
          headers: desk.admin,
          ...(payload ? { payload } : {}),
        });
        expect(res.statusCode, `${method} ${url}`).toBe(400);
        expect(res.json().error.fields[0].path, `${method} ${url}`).toBe(path);
      }
      expect(
        (await test.app.inject({ url: '/api/tickets', headers: desk.agent })).json().total,
      ).toBe(before);
    });
  });

  describe('an assignee', () => {
    it('an unknown or other-tenant assigneeId is refused naming the field; only provider staff, or the managing partner’s agents, take tickets', async () => {
      const cafe = await signContract(test, {
        presetId: 'seed002-infinity-25',
        clientName: 'Café Montaña',
      });
      const cafeUser = await test.store.users.findByEmail('soporte@cafemontana.demo');
      await test.app.inject({
        method: 'PUT',
        url: `/api/contracts/${cafe.contractId}/requesters`,
        headers: desk.admin,
        payload: { userIds: [cafeUser?.id] },
      });
      const cafeTicket = (
        await desk.open({ contractId: cafe.contractId, requesterId: cafeUser?.id }, desk.agent)
      ).json().id;
      const idOf = async (email: string) => (await test.store.users.findByEmail(email))?.id;
      const assign = (ticket: string, assigneeId: string | null | undefined) =>
        test.app.inject({
          method: 'PATCH',
          url: `/api/tickets/${ticket}`,
          headers: desk.agent,
          payload: { assigneeId },
        });
      const refused = [
        [ticketId, '00000000-0000-4000-8000-000000000000'], // nobody
        [ticketId, await idOf(demoUserByRole.client_requester)], // the client's own requester
        [ticketId, await idOf('contacto@clinicanorte.demo')], // another tenant's user
        [ticketId, await idOf(demoUserByRole.partner_agent)], // a partner that does not manage Tienda Sol
        [cafeTicket, cafeUser?.id], // a client user of the partner-managed client
      ] as const;
      for (const [ticket, assigneeId] of refused) {
        const res = await assign(ticket, assigneeId);
        expect(res.statusCode, String(assigneeId)).toBe(400);
        expect(res.json().error.fields[0].path).toBe('body.assigneeId');
      }
      const taken = (
        await test.app.inject({ url: `/api/tickets/${ticketId}`, headers: desk.agent })
      ).json();
      expect(taken.ticket.assigneeId).toBeNull();
      const accepted = [
        [ticketId, await idOf(demoUserByRole.agent)],
        [ticketId, await idOf(demoUserByRole.account_manager)],
        [cafeTicket, await idOf(demoUserByRole.partner_agent)], // Partner Cloud manages Café Montaña
        [ticketId, null],
      ] as const;
      for (const [ticket, assigneeId] of accepted) {
        const res = await assign(ticket, assigneeId);
        expect(res.statusCode, String(assigneeId)).toBe(200);
        expect(res.json().ticket.assigneeId).toBe(assigneeId);
      }
    });
  });

  describe('an organisation’s time zone', () => {
    it('an unknown or empty zone is refused naming body.timeZone; a known one is stored and shown', async () => {
      const provider = (await test.app.inject({ url: '/api/me', headers: desk.admin })).json()
        .organisation;
      expect(provider.timeZone).toBe('Europe/Madrid');
      const put = (timeZone: unknown) =>
        test.app.inject({
          method: 'PUT',
          url: `/api/organisations/${provider.id}/time-zone`,
          headers: desk.admin,
          payload: { timeZone },
        });
      for (const zone of ['Mars/Olympus', '', 'Europe/Madrid; drop', 42]) {
        const res = await put(zone);
        expect([res.statusCode, res.json().error.fields[0].path], String(zone)).toEqual([
          400,
          'body.timeZone',
        ]);
      }
      const set = await put('America/Bogota');
      expect([set.statusCode, set.json().timeZone]).toEqual([200, 'America/Bogota']);
      const read = await test.app.inject({
        url: `/api/organisations/${provider.id}`,
        headers: desk.admin,
      });
      expect(read.json().timeZone).toBe('America/Bogota');
      expect((await put('Europe/Madrid')).statusCode).toBe(200);
    });
  });

  describe('two records saved with one name at once', () => {
    it('a unique-constraint race answers 409, not 500: one is saved, the others are told it exists', async () => {
      const spec = { timeZone: 'UTC', week: { mon: [['09:00', '17:00']] } };
      const plan = { presetId: 'seed002-base', params: { calendarId: '24x7' } };
      for (const [url, body] of [
        ['/api/calendars', { name: 'Carrera', spec }],
        ['/api/plans', { name: 'Carrera', ...plan }],
      ] as const) {
        const answers = await Promise.all(
          Array.from({ length: 6 }, () =>
            test.app.inject({ method: 'POST', url, headers: desk.admin, payload: body }),
          ),
        );
        const statuses = answers.map((res) => res.statusCode).sort();
        expect(statuses, url).toEqual([201, 409, 409, 409, 409, 409]);
        for (const res of answers.filter((r) => r.statusCode === 409))
          expect(res.json().error.fields[0].path, url).toBe('body.name');
      }
    });

    it('the store maps a unique violation to a conflict naming the field, on any path', async () => {
      const spec = { timeZone: 'UTC', week: {} };
      await test.store.calendars.create({ id: randomUUID(), name: 'Único', spec, at: new Date() });
      await expect(
        test.store.calendars.create({ id: randomUUID(), name: 'Único', spec, at: new Date() }),
      ).rejects.toMatchObject({ code: 'conflict', path: 'name' });
      const client = (await test.store.organisations.list()).find((o) => o.name === 'Tienda Sol');
      const user = {
        organisationId: client?.id ?? '',
        name: 'Dup',
        locale: 'es',
        role: 'client_requester',
        passwordHash: null,
        createdAt: new Date(),
      } as const;
      await test.store.users.create({ ...user, id: randomUUID(), email: 'dup@tiendasol.demo' });
      await expect(
        test.store.users.create({ ...user, id: randomUUID(), email: 'DUP@tiendasol.demo' }),
      ).rejects.toMatchObject({
        code: 'conflict',
        path: 'email',
      });
    });
  });
});
