/**
 * Accounts in the browser (issue 18 #9): sign-in through a real OpenID Connect provider
 * (`oidc-provider`, its own login and consent pages), the QR code of two-step enrolment, and an
 * administrator resetting someone's two-step sign-in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUserByRole } from '../support/demo.js';
import { startOidcProvider, type TestOidcProvider } from '../support/oidc-provider.js';
import { freePort } from '../support/ports.js';
import { browserMissing, newPage, type Stage, signIn, startStage } from './browser.js';

const agent = demoUserByRole.agent;

describe.skipIf(browserMissing !== null)('accounts in the browser', () => {
  let provider: TestOidcProvider;
  let stage: Stage;

  beforeAll(async () => {
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    provider = await startOidcProvider(`${publicUrl}/api/auth/oidc/callback`, {
      agent: { email: agent, email_verified: true },
      stranger: { email: 'stranger@example.com', email_verified: true },
    });
    stage = await startStage({
      PORT: String(port),
      PACTA_PUBLIC_URL: publicUrl,
      PACTA_OIDC_ISSUER: provider.issuer,
      PACTA_OIDC_CLIENT_ID: provider.clientId,
      PACTA_OIDC_CLIENT_SECRET: provider.clientSecret,
      PACTA_OIDC_NAME: 'Test IdP',
      PACTA_SECRET_KEY: 'an e2e installation secret key of 32+ chars',
    });
  }, 400_000);
  afterAll(async () => {
    await stage?.stop();
    await provider?.close();
  });

  /** Clicks "Sign in with Test IdP" and goes through the provider's login and consent as `login`. */
  const throughProvider = async (login: string) => {
    const page = await newPage(stage);
    const button = page.locator('a[href="/api/auth/oidc/start"]');
    expect(await button.textContent()).toMatch(/^(Sign in with|Entrar con) Test IdP$/);
    await button.click();
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('any');
    await page.locator('button[type=submit]').click();
    await page.locator('input[name=prompt][value=consent] ~ button').click();
    return page;
  };

  it('the sign-in page’s provider button signs a person in through the provider, or says why not', async () => {
    const page = await throughProvider('agent');
    await page.locator('.shell #main h1').waitFor();
    const me = await page.evaluate(() => fetch('/api/me').then((res) => res.json()));
    expect(me.user.email).toBe(agent);

    const refused = await throughProvider('stranger');
    const alert = refused.locator('.alert--error');
    expect(await alert.textContent()).toMatch(/No active Pacta account|Ninguna cuenta activa/);
  }, 120_000);

  it('turning two-step sign-in on shows the key as a QR code beside the key itself', async () => {
    const page = await newPage(stage);
    await signIn(page, agent);
    await page.goto(`${stage.baseUrl}/account`);
    await page.locator('#two-factor-title ~ button').click();
    const qr = page.locator('svg.qr-code[role=img]');
    await qr.waitFor();
    expect(await qr.locator('path').getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
    expect(await page.locator('[data-testid=totp-secret]').textContent()).toMatch(
      /^[A-Z2-7]{16,}$/,
    );
  }, 120_000);

  it('an administrator resets a colleague’s two-step sign-in from the users page', async () => {
    const page = await newPage(stage);
    await signIn(page, demoUserByRole.provider_admin);
    await page.goto(`${stage.baseUrl}/admin/users`);
    const row = page.locator('tr', { hasText: agent });
    // the first of the agent's actions is the reset (provider staff with a login), then Deactivate
    await row.locator('button').first().click();
    await row.locator('button.button--danger').click();
    await page
      .locator('[role=status]')
      .filter({ hasText: /two-step|dos pasos/ })
      .waitFor();
  }, 120_000);
});
