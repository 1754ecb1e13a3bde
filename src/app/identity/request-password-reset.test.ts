import { describe, expect, it } from 'vitest';
import { buildUser } from '../../../test/factories/identity.js';
import { seededApp } from '../../../test/fakes/app.js';
import { testOrigin } from '../../../test/support/origin.js';
import { requestPasswordReset } from './request-password-reset.js';

describe('requestPasswordReset', () => {
  it('mails only an active user with a login; a contact, a deactivated user and a stranger get nothing', async () => {
    const { store, modules, seeded } = await seededApp();
    const { agent, account_manager } = seeded.users;
    await store.users.update(account_manager.id, { active: false });
    const contact = buildUser({
      id: '00000000-0000-4000-8000-000000009999',
      organisationId: agent.organisationId,
      email: 'contacto@sinclave.example',
      passwordHash: null,
    });
    await store.users.create(contact);
    const ask = (email: string, ip: string) =>
      requestPasswordReset({ ...modules.identity, origin: testOrigin, email, ip });
    const emails = [agent.email, account_manager.email, contact.email, 'x@nowhere.example'];
    for (const [n, email] of emails.entries()) {
      await expect(ask(email, `10.0.0.${n}`)).resolves.toBeUndefined();
    }
    expect(store.tables.outgoingMail.map((mail) => mail.toAddress)).toEqual([agent.email]);
    expect(store.tables.passwordResets.map((reset) => reset.userId)).toEqual([agent.id]);
    const [mail] = store.tables.outgoingMail;
    expect(mail).toMatchObject({ ticketId: null, automatic: false, language: agent.locale });
    expect(mail?.text).toContain('/reset-password#token=');
  });

  it('the link expires an hour after the request and is stored only as a digest', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const { agent } = seeded.users;
    await requestPasswordReset({
      ...modules.identity,
      origin: testOrigin,
      email: agent.email,
      ip: '10.0.0.1',
    });
    const [reset] = store.tables.passwordResets;
    expect(reset?.expiresAt.getTime()).toBe(clock.now().getTime() + 60 * 60 * 1000);
    const secret = /#token=([^\s<"]+)/.exec(store.tables.outgoingMail[0]?.text ?? '')?.[1];
    expect(secret).toBeTruthy();
    expect(reset?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(reset?.tokenHash).not.toBe(decodeURIComponent(secret ?? ''));
  });
});
