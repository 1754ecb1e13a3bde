import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import type { OidcClaims } from './sign-in-with-oidc.js';
import { signInWithOidc } from './sign-in-with-oidc.js';

async function attempt(claims: (seeded: { agentEmail: string }) => OidcClaims) {
  const app = await seededApp();
  const agentEmail = app.seeded.users.agent.email;
  const audited = app.store.tables.audit.length;
  const users = app.store.tables.users.length;
  const signing = signInWithOidc({
    ...app.modules.identity,
    origin: testOrigin,
    claims: claims({ agentEmail }),
    ip: '10.0.0.1',
  });
  return { app, signing, audited, users };
}

describe('signInWithOidc', () => {
  it('a verified email of an active Pacta user signs that user in with Pacta’s role, audited', async () => {
    const { app, signing, audited } = await attempt(({ agentEmail }) => ({
      email: agentEmail.toUpperCase(),
      emailVerified: true,
    }));
    const session = await signing;
    expect(session.user).toMatchObject({ id: app.seeded.users.agent.id, role: 'agent' });
    expect(app.store.tables.sessions).toHaveLength(1);
    expect(app.store.tables.audit).toHaveLength(audited + 1);
  });

  it('an email the provider did not verify is refused and opens no session', async () => {
    const { app, signing } = await attempt(({ agentEmail }) => ({
      email: agentEmail,
      emailVerified: false,
    }));
    await expect(signing).rejects.toMatchObject({ rule: 'oidc_email_unverified' });
    expect(app.store.tables.sessions).toEqual([]);
  });

  it('an unknown email is refused and no account is created', async () => {
    const { app, signing, users } = await attempt(() => ({
      email: 'stranger@example.com',
      emailVerified: true,
    }));
    await expect(signing).rejects.toMatchObject({ rule: 'oidc_no_account' });
    expect(app.store.tables.users).toHaveLength(users);
  });
});
