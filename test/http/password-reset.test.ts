import { beforeAll, expect, it } from 'vitest';
import { demoPassword } from '../../src/app/identity/index.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

describeEachEngine('password reset by mail (issue 18 #9)', (database) => {
  let test: TestApp;
  const newPassword = 'una-clave-nueva-y-larga';

  let lastIp = 0;
  /** Asks for a link, from a new IP each time unless one is given (each IP may ask five times). */
  const ask = (email: string, ip = `198.51.100.${++lastIp}`) =>
    test.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email },
      remoteAddress: ip,
    });
  const complete = (token: string, password = newPassword) =>
    test.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token, password },
    });
  const signIn = (email: string, password: string) =>
    test.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  /** The reset mails queued to an address, newest first. */
  const mailsTo = async (email: string) =>
    (await test.store.outgoingMail.list({ limit: 500 }))
      .filter((mail) => mail.toAddress === email && mail.dedupeKey.startsWith('password-reset:'))
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  /** The secret of the newest reset link mailed to an address. */
  const linkSecret = async (email: string) => {
    const [mail] = await mailsTo(email);
    const found = /\/reset-password#token=([^\s<"]+)/.exec(mail?.text ?? '');
    if (!found?.[1]) throw new Error(`no reset link mailed to ${email}`);
    return decodeURIComponent(found[1]);
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
  });

  it('the same answer for a known and an unknown address, and a mail only to the known one', async () => {
    const known = await ask(demoUserByRole.agent);
    const unknown = await ask('nadie@soporteandino.demo');
    const differentCase = await ask(demoUserByRole.agent.toUpperCase(), '198.51.100.2');
    for (const res of [unknown, differentCase]) {
      expect(res.statusCode).toBe(known.statusCode);
      expect(res.body).toBe(known.body);
      expect(res.headers['content-type']).toBe(known.headers['content-type']);
    }
    expect(known.statusCode).toBe(202);
    expect(await mailsTo(demoUserByRole.agent)).toHaveLength(2);
    expect(await mailsTo('nadie@soporteandino.demo')).toEqual([]);
  });

  it('the mail is in the user’s language and its link is single-use and stored only hashed', async () => {
    const email = demoUserByRole.account_manager;
    await ask(email);
    const [spanish] = await mailsTo(email);
    expect(spanish?.language).toBe('es');
    expect(spanish?.subject).toBe('Elija una nueva contraseña de Pacta');
    expect(spanish?.text).toContain('http://localhost:3000/reset-password#token=');
    const user = await test.store.users.findByEmail(email);
    if (!user) throw new Error('no account manager');
    await test.store.users.update(user.id, { locale: 'en' });
    test.clock.advance(1000);
    await ask(email);
    const [english] = await mailsTo(email);
    expect(english?.language).toBe('en');
    expect(english?.subject).toBe('Choose a new Pacta password');
    const secret = await linkSecret(email);
    const stored = await test.database.db
      .selectFrom('password_resets')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.map((row) => row.token_hash)).not.toContain(secret);
  });

  it('a link works once: the new password signs in, the old one and a second use do not', async () => {
    const email = demoUserByRole.client_decision_maker;
    await ask(email);
    const secret = await linkSecret(email);
    expect((await complete(secret)).statusCode).toBe(204);
    expect((await signIn(email, newPassword)).statusCode).toBe(200);
    expect((await signIn(email, demoPassword)).statusCode).toBe(401);
    const again = await complete(secret, 'otra-clave-distinta-larga');
    expect(again.statusCode).toBe(422);
    expect(again.json().error.rule).toBe('identity.rule.reset_link_unusable');
    expect((await signIn(email, newPassword)).statusCode).toBe(200);
  });

  it('a new password voids the other links mailed before it', async () => {
    const email = demoUserByRole.client_requester;
    await ask(email);
    const first = await linkSecret(email);
    test.clock.advance(1000);
    await ask(email);
    const second = await linkSecret(email);
    expect(second).not.toBe(first);
    expect((await complete(second)).statusCode).toBe(204);
    expect((await complete(first, 'otra-clave-distinta-larga')).statusCode).toBe(422);
  });

  it('an expired link is refused; one just inside its hour still works', async () => {
    const email = demoUserByRole.partner_agent;
    await ask(email);
    const late = await linkSecret(email);
    test.clock.advance(60 * 60 * 1000 - 1000);
    await ask(email);
    const fresh = await linkSecret(email);
    test.clock.advance(2000);
    const refused = await complete(late);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.rule).toBe('identity.rule.reset_link_unusable');
    expect((await signIn(email, demoPassword)).statusCode).toBe(200);
    expect((await complete(fresh)).statusCode).toBe(204);
  });

  it('a too-short password is refused naming the field, and leaves the link usable', async () => {
    const email = demoUserByRole.account_manager;
    await ask(email);
    const secret = await linkSecret(email);
    const short = await complete(secret, 'corta');
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0].path).toBe('body.password');
    const garbage = await complete('not-a-link');
    expect(garbage.statusCode).toBe(422);
    expect((await complete(secret)).statusCode).toBe(204);
  });

  it('completing a reset ends the old sessions and API tokens of the account', async () => {
    const email = demoUserByRole.agent;
    const cookie = await test.cookieFor(email, true);
    const token = await test.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie },
      payload: { name: 'before reset' },
    });
    const bearer = { authorization: `Bearer ${token.json().secret}` };
    expect((await test.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    await ask(email);
    expect((await complete(await linkSecret(email))).statusCode).toBe(204);
    expect((await test.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await test.app.inject({ url: '/api/me', headers: bearer })).statusCode).toBe(401);
  });

  it('past five requests an hour for one address, or from one IP, the answer stays the same and no mail is sent', async () => {
    const admin = { cookie: await test.cookieFor(demoUserByRole.provider_admin) };
    const me = (await test.app.inject({ url: '/api/me', headers: admin })).json();
    const addUser = async (email: string) => {
      const res = await test.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: admin,
        payload: {
          organisationId: me.organisation.id,
          email,
          name: email,
          role: 'agent',
          password: 'una-clave-inicial-larga',
        },
      });
      expect(res.statusCode).toBe(201);
    };
    await addUser('flood@soporteandino.demo');
    const answers = [];
    for (let n = 0; n < 8; n++)
      answers.push(await ask('flood@soporteandino.demo', `203.0.113.${n}`));
    expect(new Set(answers.map((res) => `${res.statusCode} ${res.body}`))).toEqual(
      new Set(['202 null']),
    );
    expect(await mailsTo('flood@soporteandino.demo')).toHaveLength(5);

    await addUser('otra@soporteandino.demo');
    for (let n = 0; n < 5; n++) await ask(`desconocido${n}@x.example`, '203.0.113.200');
    expect((await ask('otra@soporteandino.demo', '203.0.113.200')).statusCode).toBe(202);
    expect(await mailsTo('otra@soporteandino.demo')).toEqual([]);
    await ask('otra@soporteandino.demo', '203.0.113.201');
    expect(await mailsTo('otra@soporteandino.demo')).toHaveLength(1);
  });

  it('every reset is audited: the request under the account, its completion by its owner', async () => {
    const user = await test.store.users.findByEmail(demoUserByRole.client_decision_maker);
    if (!user) throw new Error('no decision-maker');
    const entries = await test.store.audit.list({ resourceId: user.id, limit: 100 });
    const actions = entries.map((entry) => `${entry.action} ${entry.actorUserId ?? 'nobody'}`);
    expect(actions).toContain('POST /api/auth/password-reset nobody');
    expect(actions).toContain(`POST /api/auth/password-reset/complete ${user.id}`);
  });
});
