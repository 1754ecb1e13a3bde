import { beforeAll, expect, it } from 'vitest';
import { demoPassword } from '../../src/app/identity/index.js';
import { codeAt } from '../../src/domain/identity/totp.js';
import { createSecretBox } from '../../src/mail/secret-box.js';
import { defaultMailEdges } from '../../src/main/compose.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

const secrets = createSecretBox('a test installation secret key of 32+ chars');

describeEachEngine('two-factor sign-in (issue 18 #9)', (database) => {
  let test: TestApp;
  const agent = demoUserByRole.agent;
  const login = (code?: string) =>
    test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: agent, password: demoPassword, ...(code === undefined ? {} : { code }) },
      remoteAddress: '10.9.0.1',
    });
  const asAgent = async (method: 'GET' | 'POST', url: string, payload?: object) =>
    test.app.inject({ method, url, payload, headers: { cookie: await test.cookieFor(agent) } });

  beforeAll(async () => {
    test = await buildTestApp(database().handle, { mail: { ...defaultMailEdges(), secrets } });
  });

  it('turning it on takes the first code from the app and answers ten recovery codes once', async () => {
    expect((await asAgent('GET', '/api/me/two-factor')).json()).toEqual({
      on: false,
      available: true,
      recoveryCodesLeft: 0,
    });
    const started = await asAgent('POST', '/api/me/two-factor');
    expect(started.statusCode).toBe(200);
    const { secret, uri } = started.json();
    expect(uri).toContain(`secret=${secret}`);
    const wrong = await asAgent('POST', '/api/me/two-factor/confirm', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe('body.code');
    const confirmed = await asAgent('POST', '/api/me/two-factor/confirm', {
      code: codeAt(secret, test.clock.now()),
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const again = await asAgent('POST', '/api/me/two-factor');
    expect(again.json().error.rule).toBe('identity.rule.two_factor_on');

    // a password alone no longer signs in: the answer asks for the code at `code`
    const asked = await login();
    expect(asked.statusCode).toBe(401);
    expect(asked.json().error.fields[0].path).toBe('body.code');
    expect((await login('123456')).statusCode).toBe(401);

    test.clock.advance(30_000);
    const code = codeAt(secret, test.clock.now());
    expect((await login(code)).statusCode).toBe(200);
    // a code from the app is accepted once: the same code again is refused
    expect((await login(code)).statusCode).toBe(401);
    test.clock.advance(30_000);
    expect((await login(codeAt(secret, test.clock.now()))).statusCode).toBe(200);

    // a recovery code signs in once, typed in any case
    expect((await login(recoveryCodes[0].toUpperCase())).statusCode).toBe(200);
    expect((await login(recoveryCodes[0])).statusCode).toBe(401);
    expect((await asAgent('GET', '/api/me/two-factor')).json()).toMatchObject({
      on: true,
      recoveryCodesLeft: 9,
    });

    // turning it off asks for the password again
    const refused = await asAgent('POST', '/api/me/two-factor/turn-off', { password: 'nope' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields[0].path).toBe('body.password');
    const off = await asAgent('POST', '/api/me/two-factor/turn-off', { password: demoPassword });
    expect(off.statusCode).toBe(204);
    expect((await login()).statusCode).toBe(200);
  });

  it('an administrator resets a user’s two-factor: the password alone signs in again, the user’s sessions end', async () => {
    const manager = demoUserByRole.account_manager;
    const cookie = await test.cookieFor(manager, true);
    const as = (url: string, payload?: object) =>
      test.app.inject({ method: 'POST', url, payload, headers: { cookie } });
    const { secret } = (await as('/api/me/two-factor')).json();
    test.clock.advance(60_000);
    await as('/api/me/two-factor/confirm', { code: codeAt(secret, test.clock.now()) });
    const password = { email: manager, password: demoPassword };
    const asked = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: password,
    });
    expect(asked.statusCode).toBe(401);

    const managerId = (await test.store.users.findByEmail(manager))?.id;
    const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
    const reset = await test.app.inject({
      method: 'POST',
      url: `/api/users/${managerId}/two-factor/reset`,
      headers: admin,
    });
    expect(reset.statusCode).toBe(204);
    const me = await test.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    const audit = await test.app.inject({
      url: `/api/audit?resourceId=${managerId}`,
      headers: admin,
    });
    expect(audit.json().map((entry: { action: string }) => entry.action)).toContain(
      'POST /api/users/:id/two-factor/reset',
    );
    const signedIn = await test.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: password,
    });
    expect(signedIn.statusCode).toBe(200);
  });

  it('two-factor is for provider staff, and needs the installation secret key', async () => {
    const client = await test.cookieFor(demoUserByRole.client_requester);
    const refused = await test.app.inject({
      method: 'POST',
      url: '/api/me/two-factor',
      headers: { cookie: client },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.rule).toBe('identity.rule.two_factor_staff_only');

    const keyless = await buildTestApp(database().handle);
    const cookie = await keyless.cookieFor(demoUserByRole.account_manager);
    const missing = await keyless.app.inject({
      method: 'POST',
      url: '/api/me/two-factor',
      headers: { cookie },
    });
    expect(missing.json().error.rule).toBe('identity.rule.two_factor_secret_key_missing');
    await keyless.app.close();
  });
});
