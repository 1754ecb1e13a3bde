import { beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('headers and cross-origin requests (issue 18 #8)', (database) => {
  let test: TestApp;
  const host = 'pacta.example:3000';
  const logout = (cookie: string, headers: Record<string, string | undefined>) =>
    test.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, host, 'content-type': 'text/plain', ...headers },
      payload: 'x',
    });
  const signedIn = async (cookie: string) =>
    (await test.app.inject({ url: '/api/me', headers: { cookie } })).statusCode === 200;

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
  });

  it('a cookie-authenticated form from another port or host is refused and changes nothing', async () => {
    const cookie = await test.cookieFor(demoUserByRole.agent, true);
    for (const headers of [
      { 'sec-fetch-site': 'same-site', origin: 'http://pacta.example:4000' },
      { 'sec-fetch-site': 'cross-site', origin: 'http://evil.example' },
      { origin: 'http://pacta.example:4000' },
      { origin: 'http://evil.example' },
    ]) {
      const res = await logout(cookie, headers);
      expect(res.statusCode).toBe(403);
      expect(await signedIn(cookie)).toBe(true);
    }
  });

  it('the same request from the app itself (same origin) goes through', async () => {
    const cookie = await test.cookieFor(demoUserByRole.account_manager, true);
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, host, 'sec-fetch-site': 'same-origin', origin: `http://${host}` },
    });
    expect(res.statusCode).toBe(204);
    expect(await signedIn(cookie)).toBe(false);
  });

  it('answers carry a CSP without inline script, frame-ancestors none, nosniff, a Referrer-Policy and no-store on the API', async () => {
    for (const url of ['/api/me', '/health', '/']) {
      const res = await test.app.inject({ url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/script-src 'self'(;|$)/);
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
    expect((await test.app.inject({ url: '/api/me' })).headers['cache-control']).toBe('no-store');
  });
});
