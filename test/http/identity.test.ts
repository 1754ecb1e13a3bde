import { beforeAll, expect, it } from 'vitest';
import { demoPassword } from '../../src/app/identity/index.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole, otherTenantName } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('sign-in, tokens and tenant isolation', (database) => {
  let test: TestApp;
  const login = (email: string, password: string, ip = '10.0.0.1') =>
    test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
  });

  it('signing in sets an HttpOnly SameSite=Lax session cookie that identifies the user', async () => {
    const res = await login(demoUserByRole.agent, demoPassword);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'pacta_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = await test.app.inject({
      url: '/api/me',
      headers: { cookie: `pacta_session=${cookie?.value}` },
    });
    expect(me.json().user.email).toBe(demoUserByRole.agent);
    expect(me.json().organisation.kind).toBe('provider');
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const wrong = await login(demoUserByRole.agent, 'not-the-password', '10.0.0.2');
    const unknown = await login('nobody@nowhere.example', 'not-the-password', '10.0.0.3');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('repeated failed sign-ins are rate-limited, even with the right password', async () => {
    const email = demoUserByRole.account_manager;
    for (let i = 0; i < 10; i++)
      expect((await login(email, 'guess-number-x', '10.0.1.1')).statusCode).toBe(401);
    const blocked = await login(email, demoPassword, '10.0.1.2');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
  });

  it('300 concurrent wrong passwords for one email: only 10 are checked, the rest answer 429', async () => {
    const email = 'besieged@nowhere.example';
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        login(email, `wrong-guess-${i}`, `10.3.${Math.floor(i / 250)}.${i % 250}`),
      ),
    );
    const statuses = answers.map((res) => res.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(290);
  });

  it('a successful sign-in from an IP does not reset its count: spraying 45 guesses meets 429', async () => {
    const ip = '10.4.0.1';
    const statuses: number[] = [];
    for (let i = 0; i < 45; i++) {
      statuses.push(
        (await login(`sprayed-${i}@nowhere.example`, 'spray-guess-2026', ip)).statusCode,
      );
      if (i % 5 === 0 && i < 10)
        expect((await login(demoUserByRole.agent, demoPassword, ip)).statusCode).toBe(200);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(35).fill(429));
  });

  it('after logout the session cookie no longer works', async () => {
    const session = (await login(demoUserByRole.partner_agent, demoPassword)).cookies[0];
    const cookie = `pacta_session=${session?.value}`;
    const out = await test.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(204);
    const me = await test.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('an API token is shown once, works as a bearer, and stops working once revoked', async () => {
    const cookie = await test.cookieFor(demoUserByRole.client_decision_maker);
    const made = await test.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie },
      payload: { name: 'ERP integration' },
    });
    expect(made.statusCode).toBe(201);
    const { secret, token } = made.json();
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await test.app.inject({ url: '/api/me', headers: bearer })).statusCode).toBe(200);
    const listed = await test.app.inject({ url: '/api/tokens', headers: { cookie } });
    expect(JSON.stringify(listed.json())).not.toContain(secret);
    const revoked = await test.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${token.id}`,
      headers: { cookie },
    });
    expect(revoked.statusCode).toBe(204);
    expect((await test.app.inject({ url: '/api/me', headers: bearer })).statusCode).toBe(401);
  });

  it('an expired API token is refused', async () => {
    const cookie = await test.cookieFor(demoUserByRole.agent);
    const expiresAt = new Date(test.clock.now().getTime() + 60_000).toISOString();
    const made = await test.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie },
      payload: { name: 'short-lived', expiresAt },
    });
    const bearer = { authorization: `Bearer ${made.json().secret}` };
    expect((await test.app.inject({ url: '/api/me', headers: bearer })).statusCode).toBe(200);
    test.clock.advance(61_000);
    expect((await test.app.inject({ url: '/api/me', headers: bearer })).statusCode).toBe(401);
  });

  it("revoking another user's token answers 404, never revealing it exists", async () => {
    const owner = await test.cookieFor(demoUserByRole.agent);
    const made = await test.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie: owner },
      payload: { name: 'mine' },
    });
    const stranger = await test.cookieFor(demoUserByRole.client_requester);
    const res = await test.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${made.json().token.id}`,
      headers: { cookie: stranger },
    });
    expect(res.statusCode).toBe(404);
  });

  it("a client user asking for another tenant's organisation, or a malformed id, gets 404", async () => {
    const cookie = await test.cookieFor(demoUserByRole.client_requester);
    const orgs = await test.store.organisations.list();
    const other = orgs.find((org) => org.name === otherTenantName);
    const otherRes = await test.app.inject({
      url: `/api/organisations/${other?.id}`,
      headers: { cookie },
    });
    const missing = await test.app.inject({
      url: '/api/organisations/00000000-0000-4000-8000-000000000000',
      headers: { cookie },
    });
    const malformed = await test.app.inject({
      url: "/api/organisations/1'%20or%201=1",
      headers: { cookie },
    });
    expect([otherRes.statusCode, missing.statusCode, malformed.statusCode]).toEqual([
      404, 404, 404,
    ]);
    expect(otherRes.json().error.message).toBe(missing.json().error.message);
  });

  it('a client user lists only its own organisation and colleagues', async () => {
    const cookie = await test.cookieFor(demoUserByRole.client_requester);
    const orgs = (await test.app.inject({ url: '/api/organisations', headers: { cookie } })).json();
    expect(orgs.map((org: { name: string }) => org.name)).toEqual(['Tienda Sol']);
    const users = (await test.app.inject({ url: '/api/users', headers: { cookie } })).json();
    expect(new Set(users.map((user: { organisationId: string }) => user.organisationId)).size).toBe(
      1,
    );
  });

  it('a partner sees the clients it manages and no others', async () => {
    const cookie = await test.cookieFor(demoUserByRole.partner_agent);
    const orgs = (await test.app.inject({ url: '/api/organisations', headers: { cookie } })).json();
    expect(orgs.map((org: { name: string }) => org.name).sort()).toEqual([
      'Café Montaña',
      'Partner Cloud',
    ]);
  });

  it('an admin adds a user; a role of another organisation kind and a duplicate email are refused by field', async () => {
    const cookie = await test.cookieFor(demoUserByRole.provider_admin);
    const client = (await test.store.organisations.list()).find((org) => org.name === 'Tienda Sol');
    const base = { organisationId: client?.id, name: 'Nuevo', email: 'nuevo@tiendasol.demo' };
    const wrongRole = await test.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: { ...base, role: 'agent' },
    });
    expect(wrongRole.statusCode).toBe(400);
    expect(wrongRole.json().error.fields[0].path).toBe('body.role');
    const made = await test.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: { ...base, role: 'client_requester' },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().hasLogin).toBe(false);
    const again = await test.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie },
      payload: { ...base, email: 'NUEVO@tiendasol.demo', role: 'client_requester' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields[0].path).toBe('body.email');
  });

  it('every state-changing request is in the audit log with who, what, which record and from where', async () => {
    const cookie = await test.cookieFor(demoUserByRole.provider_admin);
    const made = await test.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie },
      payload: { kind: 'partner', name: 'Audited partner' },
      remoteAddress: '192.0.2.7',
    });
    const denied = await test.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie: await test.cookieFor(demoUserByRole.agent) },
      payload: { kind: 'partner', name: 'Not allowed' },
    });
    expect(denied.statusCode).toBe(403);
    const log = await test.app.inject({
      url: `/api/audit?resourceType=organisations&action=${encodeURIComponent('POST /api/organisations')}`,
      headers: { cookie },
    });
    const [refused, created] = log.json();
    expect(created).toMatchObject({
      action: 'POST /api/organisations',
      resourceId: made.json().id,
      outcome: 201,
      ip: '192.0.2.7',
    });
    expect(created.actorUserId).toBe(
      (await test.store.users.findByEmail(demoUserByRole.provider_admin))?.id,
    );
    expect(refused.outcome).toBe(403);
  });
});
