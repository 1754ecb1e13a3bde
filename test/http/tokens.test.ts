import { beforeAll, expect, it } from 'vitest';
import { resetPassword } from '../../src/app/identity/index.js';
import { commandLineOrigin } from '../../src/app/shared/index.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine(
  'API tokens end with their user and never outlive their maker (issue 18 #6)',
  (database) => {
    let test: TestApp;
    const hour = 60 * 60 * 1000;
    const inHours = (hours: number) =>
      new Date(test.clock.now().getTime() + hours * hour).toISOString();
    const mint = (headers: Record<string, string>, payload: Record<string, unknown>) =>
      test.app.inject({ method: 'POST', url: '/api/tokens', headers, payload });
    const bearerOf = (secret: string) => ({ authorization: `Bearer ${secret}` });
    const works = async (secret: string) =>
      (await test.app.inject({ url: '/api/me', headers: bearerOf(secret) })).statusCode === 200;

    beforeAll(async () => {
      test = await buildTestApp(database().handle);
    });

    it('an expiry in the past (or now) is refused naming expiresAt', async () => {
      const cookie = await test.cookieFor(demoUserByRole.agent);
      for (const expiresAt of [inHours(-1), inHours(0), '1999-01-01T00:00:00Z']) {
        const res = await mint({ cookie }, { name: 'late', expiresAt });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.fields[0].path).toBe('body.expiresAt');
      }
    });

    it('a token cannot mint a token that outlives it (nor one that never expires)', async () => {
      const cookie = await test.cookieFor(demoUserByRole.account_manager);
      const maker = (await mint({ cookie }, { name: 'maker', expiresAt: inHours(2) })).json()
        .secret;
      for (const expiresAt of [undefined, inHours(3), inHours(24 * 365)]) {
        const res = await mint(bearerOf(maker), { name: 'child', expiresAt });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.fields[0].path).toBe('body.expiresAt');
      }
      const child = await mint(bearerOf(maker), { name: 'child', expiresAt: inHours(1) });
      expect(child.statusCode).toBe(201);
      const forever = (await mint({ cookie }, { name: 'forever' })).json().secret;
      expect(
        (await mint(bearerOf(forever), { name: 'any', expiresAt: inHours(5000) })).statusCode,
      ).toBe(201);
    });

    it("a password reset ends the user's API tokens, and so does a deactivation", async () => {
      const agentCookie = await test.cookieFor(demoUserByRole.agent);
      const tokens = await Promise.all(
        ['one', 'two'].map(
          async (name) => (await mint({ cookie: agentCookie }, { name })).json().secret,
        ),
      );
      expect(await works(tokens[0])).toBe(true);
      await resetPassword({
        ...test.modules.identity,
        actor: { system: 'cli' },
        origin: commandLineOrigin('user reset-password'),
        email: demoUserByRole.agent,
        password: 'a-brand-new-password-2026',
      });
      for (const secret of tokens) expect(await works(secret)).toBe(false);

      const partnerCookie = await test.cookieFor(demoUserByRole.partner_agent);
      const partnerToken = (await mint({ cookie: partnerCookie }, { name: 'p' })).json().secret;
      expect(await works(partnerToken)).toBe(true);
      const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
      const partner = await test.store.users.findByEmail(demoUserByRole.partner_agent);
      const off = await test.app.inject({
        method: 'PATCH',
        url: `/api/users/${partner?.id}`,
        headers: admin,
        payload: { active: false },
      });
      expect(off.statusCode).toBe(200);
      const on = await test.app.inject({
        method: 'PATCH',
        url: `/api/users/${partner?.id}`,
        headers: admin,
        payload: { active: true },
      });
      expect(on.statusCode).toBe(200);
      expect(await works(partnerToken)).toBe(false);
    });
  },
);
