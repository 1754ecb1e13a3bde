import { beforeAll, expect, it } from 'vitest';
import { announceUpdates } from '../../src/app/communications/index.js';
import { dispatchEvents } from '../../src/app/outbox/index.js';
import { signUnsubscribeToken } from '../../src/domain/communications/index.js';
import type { Role } from '../../src/domain/identity/roles.js';
import { buildTestApp, type TestApp, testUnsubscribeSecret } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

type Method = 'GET' | 'POST' | 'PATCH';

describeEachEngine('consents, segments and unsubscribe links over HTTP', (database) => {
  let test: TestApp;
  const ids: Record<string, string> = {};

  const call = async (role: Role, method: Method, url: string, payload?: object) => {
    const cookie = await test.cookieFor(demoUserByRole[role]);
    return test.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };
  const consent = (name: string, body: object) =>
    call('agent', 'POST', `/api/contacts/${ids[name]}/consents`, { source: 'web_form', ...body });
  const grant = (name: string, channel = 'email', purpose = 'marketing') =>
    consent(name, { channel, purpose, state: 'granted' });
  const count = async (rule: object, channel = 'email', purpose = 'marketing') => {
    const res = await call('account_manager', 'POST', '/api/segments/count', {
      rule,
      channel,
      purpose,
    });
    expect(res.statusCode).toBe(200);
    return res.json() as { members: number; contactable: number; contacts: number };
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle);
    // [name, country, email?]: seven people, consents set below
    const people: [string, string, string | null][] = [
      ['granted', 'CL', 'granted@x.example'],
      ['grantedCo', 'CO', 'granted-co@x.example'],
      ['withdrawn', 'CL', 'withdrawn@x.example'],
      ['smsOnly', 'CL', 'sms@x.example'],
      ['updatesOnly', 'CL', 'updates@x.example'],
      ['never', 'CL', 'never@x.example'],
      ['noEmail', 'CL', null],
      ['anonymised', 'CL', 'anon@x.example'],
    ];
    for (const [name, country, email] of people) {
      const res = await call('agent', 'POST', '/api/contacts', {
        kind: 'person',
        fields: { givenName: name, country, email, phone: '+56 9 1234 5678' },
      });
      expect(res.statusCode).toBe(201);
      ids[name] = res.json().id;
    }
    for (const name of ['granted', 'grantedCo', 'withdrawn', 'noEmail', 'anonymised']) {
      expect((await grant(name)).statusCode).toBe(200);
    }
    test.clock.advance(60_000);
    await consent('withdrawn', { channel: 'email', purpose: 'marketing', state: 'withdrawn' });
    await grant('smsOnly', 'sms');
    await grant('updatesOnly', 'email', 'product_updates');
    const anonymised = await call(
      'provider_admin',
      'POST',
      `/api/contacts/${ids.anonymised}/anonymisation`,
      { confirm: true },
    );
    expect(anonymised.statusCode).toBe(200);
  });

  it('a segment never includes a contact without consent', async () => {
    const country = (codes: string[]) => ({ field: 'country', in: codes });
    // only "granted" (CL) and "grantedCo" (CO) consent to marketing by email and can get it
    expect(await count(country(['CL']))).toMatchObject({ members: 1 });
    expect(await count(country(['CL', 'CO']))).toMatchObject({ members: 2 });
    expect(await count({ not: country(['CL']) })).toMatchObject({ members: 1 });
    // a rule asking for those without consent still finds none of them
    expect(
      await count({ not: { field: 'consent', channel: 'email', purpose: 'marketing' } }),
    ).toMatchObject({ members: 0 });
    expect(
      await count({ any: [country(['CL']), { field: 'kind', in: ['person'] }] }),
    ).toMatchObject({ members: 2 });
    // the same people for another channel or purpose: each gate of its own
    expect(await count({ field: 'kind', in: ['person'] }, 'sms')).toMatchObject({ members: 1 });
    expect(
      await count({ field: 'kind', in: ['person'] }, 'email', 'product_updates'),
    ).toMatchObject({ members: 1 });
    const all = await count({ field: 'kind', in: ['person', 'company'] });
    expect(all.contactable).toBe(2);
    expect(all.contacts).toBeGreaterThanOrEqual(8); // the demo's users are contacts too
  });

  it('consents keep their source and date; a link cannot grant; bad rules name the field', async () => {
    const history = await call('agent', 'GET', `/api/contacts/${ids.withdrawn}/consents`);
    expect(history.json()).toMatchObject([
      { state: 'granted', source: 'web_form', channel: 'email', purpose: 'marketing' },
      { state: 'withdrawn', source: 'web_form' },
    ]);
    expect(Date.parse(history.json()[1].at) - Date.parse(history.json()[0].at)).toBe(60_000);
    const refused = await consent('never', {
      channel: 'email',
      purpose: 'marketing',
      state: 'granted',
      source: 'unsubscribe_link',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.rule).toBe('communications.rule.source_cannot_grant');
    const bad = await call('agent', 'POST', '/api/segments/count', {
      rule: { all: [{ field: 'country', in: ['Chile'] }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('rule.all[0].in[0]');
    const view = await call('agent', 'GET', `/api/contacts/${ids.withdrawn}`);
    expect(view.json().trace.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['consent_granted', 'consent_withdrawn']),
    );
  });

  it('an unsubscribe link works without signing in; twice changes nothing; forged links are not found', async () => {
    const claim = {
      contactId: ids.grantedCo ?? '',
      channel: 'email' as const,
      purpose: 'marketing' as const,
      campaignId: 'newsletter-1',
    };
    const token = signUnsubscribeToken(claim, testUnsubscribeSecret);
    const res = await test.app.inject({
      method: 'POST',
      url: '/api/unsubscribe',
      payload: { token },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ channel: 'email', purpose: 'marketing' });
    const again = await test.app.inject({
      method: 'POST',
      url: '/api/unsubscribe',
      payload: { token },
    });
    expect(again.statusCode).toBe(200);
    const history = await call('agent', 'GET', `/api/contacts/${ids.grantedCo}/consents`);
    expect(history.json().map((e: { source: string }) => e.source)).toEqual([
      'web_form',
      'unsubscribe_link',
    ]);
    expect(history.json()[1].evidence).toBe('newsletter-1');
    expect(await count({ field: 'country', in: ['CL', 'CO'] })).toMatchObject({ members: 1 });

    const forged = signUnsubscribeToken({ ...claim, contactId: ids.granted ?? '' }, 'x'.repeat(40));
    // the signature's first character changed (its last one carries bits base64 ignores)
    const [version, payload, signature = ''] = token.split('.');
    const flipped = `${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    for (const bad of [forged, 'nonsense', `${version}.${payload}.${flipped}`]) {
      const answer = await test.app.inject({
        method: 'POST',
        url: '/api/unsubscribe',
        payload: { token: bad },
      });
      expect(answer.statusCode).toBe(404);
    }
    expect(await count({ field: 'country', in: ['CL'] })).toMatchObject({ members: 1 });
  });

  it('a published update is mailed once to each subscribed contact, never to the unsubscribed', async () => {
    const mine = async (role: Role, method: 'GET' | 'PUT', payload?: object) =>
      test.app.inject({
        method,
        url: '/api/updates/subscription',
        headers: { cookie: await test.cookieFor(demoUserByRole[role]) },
        ...(payload ? { payload } : {}),
      });
    expect((await mine('client_requester', 'GET')).json()).toEqual({
      subscribed: false,
      email: demoUserByRole.client_requester,
    });
    const bad = await mine('client_requester', 'PUT', { subscribed: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('body.subscribed');
    for (const role of ['client_requester', 'client_decision_maker'] as const) {
      expect((await mine(role, 'PUT', { subscribed: true })).json().subscribed).toBe(true);
    }
    expect((await mine('client_decision_maker', 'PUT', { subscribed: false })).statusCode).toBe(
      200,
    );
    test.clock.advance(60_000);
    const agent = { cookie: await test.cookieFor(demoUserByRole.agent) };
    const note = await test.app.inject({
      method: 'POST',
      url: '/api/knowledge/articles',
      headers: agent,
      payload: {
        language: 'es',
        kind: 'update',
        categoryId: null,
        visibility: 'public',
        content: {
          slug: 'novedad-conector',
          title: 'Nuevo conector',
          summary: 'Conecta tu tienda.',
          keywords: '',
          body: 'Ya disponible.',
        },
      },
    });
    expect(note.statusCode).toBe(201);
    const publish = () =>
      test.app.inject({
        method: 'POST',
        url: `/api/knowledge/articles/${note.json().id}/publication`,
        headers: agent,
        payload: { published: true },
      });
    const handlers = [announceUpdates(test.modules.communications)];
    const dispatch = async () => {
      while ((await dispatchEvents({ ...test.modules.outbox, handlers })).dispatched > 0);
    };
    expect((await publish()).statusCode).toBe(200);
    await dispatch();
    expect((await publish()).statusCode).toBe(200);
    await dispatch();
    const sent = (await test.store.outgoingMail.list({ limit: 500 }))
      .filter((mail) => mail.subject.includes('Nuevo conector'))
      .map((mail) => mail.toAddress)
      .sort();
    // the requester subscribed; "updatesOnly" consented to updates by email; the decision-maker left
    expect(sent).toEqual(['solicitante@tiendasol.demo', 'updates@x.example']);
  });
});
