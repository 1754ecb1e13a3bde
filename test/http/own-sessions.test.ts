import { beforeAll, expect, it } from 'vitest';
import { demoPassword } from '../../src/app/identity/index.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('each user lists and ends their own sessions (issue 18 #9)', (database) => {
  let test: TestApp;

  /** Signs in from a browser and an address; the Cookie header of the new session. */
  const signIn = async (email: string, userAgent: string, ip: string) => {
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password: demoPassword },
      headers: { 'user-agent': userAgent },
      remoteAddress: ip,
    });
    const cookie = res.cookies.find((c) => c.name === 'pacta_session');
    if (!cookie) throw new Error(`no session: ${res.payload}`);
    return { cookie: `pacta_session=${cookie.value}` };
  };
  const works = async (headers: { cookie: string }) =>
    (await test.app.inject({ url: '/api/me', headers })).statusCode === 200;
  const list = async (headers: { cookie: string }) =>
    (await test.app.inject({ url: '/api/me/sessions', headers })).json() as {
      id: string;
      userAgent: string | null;
      ip: string | null;
      current: boolean;
      lastUsedAt: string | null;
      createdAt: string;
    }[];

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
  });

  it('the list shows each session’s browser, address and times, and which one is this', async () => {
    const laptop = await signIn(demoUserByRole.agent, 'Firefox on the laptop', '192.0.2.10');
    test.clock.advance(1000);
    const phone = await signIn(demoUserByRole.agent, 'Safari on the phone', '192.0.2.20');
    const other = await signIn(demoUserByRole.account_manager, 'Edge', '192.0.2.30');
    const seen = await list(laptop);
    const mine = seen.filter((s) => s.userAgent !== null && s.userAgent !== 'Edge');
    expect(mine.map((s) => [s.userAgent, s.ip, s.current]).sort()).toEqual([
      ['Firefox on the laptop', '192.0.2.10', true],
      ['Safari on the phone', '192.0.2.20', false],
    ]);
    expect(seen.some((s) => s.userAgent === 'Edge')).toBe(false);
    expect((await list(phone)).find((s) => s.current)?.userAgent).toBe('Safari on the phone');
    expect((await list(other)).map((s) => s.userAgent)).toEqual(['Edge']);
  });

  it('a request marks its session used, at most once a minute', async () => {
    const tablet = await signIn(demoUserByRole.client_requester, 'Tablet', '192.0.2.40');
    const signedInAt = (await list(tablet))[0]?.lastUsedAt;
    test.clock.advance(30_000);
    expect((await list(tablet))[0]?.lastUsedAt).toBe(signedInAt);
    test.clock.advance(60_000);
    await works(tablet);
    expect((await list(tablet))[0]?.lastUsedAt).toBe(test.clock.now().toISOString());
  });

  it('ending one session signs that browser out; another user’s session is not found', async () => {
    const keep = await signIn(demoUserByRole.client_decision_maker, 'Keep', '192.0.2.50');
    const drop = await signIn(demoUserByRole.client_decision_maker, 'Drop', '192.0.2.51');
    const stranger = await signIn(demoUserByRole.partner_agent, 'Stranger', '192.0.2.52');
    const dropId = (await list(keep)).find((s) => s.userAgent === 'Drop')?.id;
    const strangerId = (await list(stranger))[0]?.id;
    const end = (id: string | undefined) =>
      test.app.inject({ method: 'DELETE', url: `/api/me/sessions/${id}`, headers: keep });
    expect((await end(strangerId)).statusCode).toBe(404);
    expect(await works(stranger)).toBe(true);
    expect((await end(dropId)).statusCode).toBe(204);
    expect(await works(drop)).toBe(false);
    expect(await works(keep)).toBe(true);
    expect((await end(dropId)).statusCode).toBe(404);
  });

  it('ending every other session keeps only this one; with an API token it ends them all', async () => {
    const email = demoUserByRole.provider_admin;
    const here = await signIn(email, 'Here', '192.0.2.60');
    const elsewhere = [
      await signIn(email, 'There', '192.0.2.61'),
      await signIn(email, 'Yonder', '192.0.2.62'),
    ];
    const bulk = (headers: Record<string, string>) =>
      test.app.inject({ method: 'DELETE', url: '/api/me/sessions', headers });
    expect((await bulk(here)).statusCode).toBe(204);
    expect(await works(here)).toBe(true);
    for (const session of elsewhere) expect(await works(session)).toBe(false);
    expect((await list(here)).map((s) => s.userAgent)).toEqual(['Here']);
    const token = await test.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: here,
      payload: { name: 'bulk' },
    });
    expect((await bulk({ authorization: `Bearer ${token.json().secret}` })).statusCode).toBe(204);
    expect(await works(here)).toBe(false);
  });
});
