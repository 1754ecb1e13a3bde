import { afterAll, beforeAll, expect, it } from 'vitest';
import { openIdConnect } from '../../src/http/oidc/client.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import {
  signInAtProvider,
  startOidcProvider,
  type TestOidcProvider,
} from '../support/oidc-provider.js';

const redirectUri = 'http://pacta.test/api/auth/oidc/callback';

describeEachEngine('sign-in through OpenID Connect (issue 18 #9)', (database) => {
  let provider: TestOidcProvider;
  let test: TestApp;

  beforeAll(async () => {
    provider = await startOidcProvider(redirectUri, {
      agent: { email: demoUserByRole.agent.toUpperCase(), email_verified: true },
      unverified: { email: demoUserByRole.account_manager, email_verified: false },
      stranger: { email: 'stranger@example.com', email_verified: true },
      deactivated: { email: demoUserByRole.client_requester, email_verified: true },
    });
    test = await buildTestApp(database().handle, {
      oidc: openIdConnect({ ...provider, redirectUri, name: 'Test IdP' }),
    });
  });
  afterAll(async () => {
    await test.app.close();
    await provider.close();
  });

  /** The start: the provider's authorization URL and the flow cookie Pacta set. */
  const start = async () => {
    const res = await test.app.inject({ url: '/api/auth/oidc/start' });
    expect(res.statusCode).toBe(302);
    const cookie = res.cookies.find((c) => c.name === 'pacta_oidc');
    expect(cookie).toMatchObject({ httpOnly: true, path: '/api/auth/oidc', sameSite: 'Lax' });
    return { location: res.headers.location as string, cookie: `pacta_oidc=${cookie?.value}` };
  };
  /** The callback as the browser makes it, with the given flow cookie. */
  const callback = (url: string, cookie: string | undefined) =>
    test.app.inject({
      url: url.slice('http://pacta.test'.length),
      headers: cookie ? { cookie } : {},
    });
  const signInAs = async (login: string) => {
    const { location, cookie } = await start();
    return callback(await signInAtProvider(location, login, redirectUri), cookie);
  };
  const refusedWith = (res: Awaited<ReturnType<typeof callback>>, rule: string) => {
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/?oidc_error=${rule}`);
    expect(res.cookies.find((c) => c.name === 'pacta_session')).toBeUndefined();
  };

  it('the code flow with PKCE signs in the Pacta user with the provider’s verified email, with Pacta’s role, audited', async () => {
    expect((await test.app.inject({ url: '/api/auth/oidc' })).json()).toEqual({ name: 'Test IdP' });
    const { location, cookie } = await start();
    const authorization = new URL(location);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('state')).toBeTruthy();
    expect(authorization.searchParams.get('nonce')).toBeTruthy();

    const back = await signInAtProvider(location, 'agent', redirectUri);
    const res = await callback(back, cookie);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    const session = res.cookies.find((c) => c.name === 'pacta_session');
    expect(session).toMatchObject({ httpOnly: true, path: '/' });
    const me = await test.app.inject({
      url: '/api/me',
      headers: { cookie: `pacta_session=${session?.value}` },
    });
    expect(me.json().user).toMatchObject({ email: demoUserByRole.agent, role: 'agent' });
    const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
    const audit = await test.app.inject({
      url: `/api/audit?resourceType=auth&resourceId=${me.json().user.id}`,
      headers: admin,
    });
    expect(audit.json().map((entry: { action: string }) => entry.action)).toContain(
      'GET /api/auth/oidc/callback',
    );
    // the code was used: the same callback again signs nobody in
    refusedWith(await callback(back, cookie), 'oidc_failed');
  });

  it('a user with two-step sign-in on is not asked for Pacta’s code: the provider’s sign-in stands in for it', async () => {
    const user = await test.store.users.findByEmail(demoUserByRole.agent);
    const id = user?.id ?? '';
    await test.store.secondFactors.begin(id, 'sealed', test.clock.now());
    await test.store.secondFactors.confirm(id, 1, ['a digest'], test.clock.now());
    const res = await signInAs('agent');
    expect(res.headers.location).toBe('/');
    expect(res.cookies.find((c) => c.name === 'pacta_session')).toBeDefined();
    await test.store.secondFactors.remove(id);
  });

  it('an email the provider did not verify is refused and signs nobody in', async () => {
    refusedWith(await signInAs('unverified'), 'oidc_email_unverified');
  });

  it('an email no Pacta user has is refused, and no account is created', async () => {
    const before = (await test.store.users.list()).length;
    refusedWith(await signInAs('stranger'), 'oidc_no_account');
    expect(await test.store.users.list()).toHaveLength(before);
  });

  it('a deactivated user is refused', async () => {
    const user = await test.store.users.findByEmail(demoUserByRole.client_requester);
    await test.store.users.update(user?.id ?? '', { active: false });
    refusedWith(await signInAs('deactivated'), 'oidc_no_account');
  });

  it('a callback whose state is not the one this browser started is refused', async () => {
    const first = await start();
    const second = await start();
    const back = await signInAtProvider(first.location, 'agent', redirectUri);
    refusedWith(await callback(back, second.cookie), 'oidc_failed');
    refusedWith(await callback(back, undefined), 'oidc_failed');
  });

  it('without a configured provider the sign-in page offers none and the start says so', async () => {
    const plain = await buildTestApp(database().handle);
    expect((await plain.app.inject({ url: '/api/auth/oidc' })).json()).toEqual({ name: null });
    const res = await plain.app.inject({ url: '/api/auth/oidc/start' });
    expect(res.headers.location).toBe('/?oidc_error=oidc_not_configured');
    await plain.app.close();
  });
});
