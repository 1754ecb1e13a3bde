import { beforeAll, expect, it } from 'vitest';
import { queueCampaignBatches } from '../../src/app/campaigns/index.js';
import { type OutgoingRecord, sendQueuedMail } from '../../src/app/mail/index.js';
import type { Role } from '../../src/domain/identity/roles.js';
import { defaultMailEdges } from '../../src/main/compose.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { campaignExample } from './matrix-campaigns.js';

type Method = 'GET' | 'POST' | 'PUT';

const version = (language: 'es' | 'en') => ({
  key: `all-${language}`,
  segmentId: 'all',
  language,
  subject: language === 'es' ? 'Hola {{name}}' : 'Hi {{name}}',
  html: '<p>{{salutation}}</p><a href="https://example.com/oferta">ver</a><p>{{csm.signature}}</p><a href="{{unsubscribeUrl}}">baja</a>',
  text: '{{salutation}}\n{{unsubscribeUrl}}',
});
const body = {
  name: 'Septiembre',
  defaultLanguage: 'es',
  segments: [
    { id: 'all', name: 'Marcados', rule: { field: 'contact', name: 'custom.tag', equals: 'sept' } },
  ],
  versions: [version('es'), version('en')],
  perMinute: 2,
};

describeEachEngine('campaigns over HTTP', (database) => {
  let test: TestApp;
  const sent: OutgoingRecord[] = [];
  const ids: Record<string, string> = {};

  const call = async (role: Role, method: Method, url: string, payload?: object) => {
    const cookie = await test.cookieFor(demoUserByRole[role]);
    return test.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  };

  beforeAll(async () => {
    test = await buildTestApp(database().handle, {
      mail: {
        ...defaultMailEdges(),
        publicUrl: 'https://pacta.test',
        transport: async (mail) => {
          if (mail.toAddress.startsWith('rechazo')) {
            throw Object.assign(new Error('550 5.1.1 no such user'), { responseCode: 550 });
          }
          sent.push(mail);
        },
      },
    });
    const people: [string, string, 'es' | 'en', boolean][] = [
      ['ana', 'ana@x.example', 'es', true],
      ['bob', 'bob@x.example', 'en', true],
      ['rechazo', 'rechazo@x.example', 'es', true],
      ['sin', 'sin@x.example', 'es', false],
    ];
    for (const [name, email, language, consents] of people) {
      const res = await call('agent', 'POST', '/api/contacts', {
        kind: 'person',
        fields: { givenName: name, email, language, 'custom.tag': 'sept' },
      });
      expect(res.statusCode).toBe(201);
      ids[name] = res.json().id;
      if (!consents) continue;
      const consent = await call('agent', 'POST', `/api/contacts/${ids[name]}/consents`, {
        channel: 'email',
        purpose: 'marketing',
        state: 'granted',
        source: 'web_form',
      });
      expect(consent.statusCode).toBe(200);
    }
  });

  it('an unknown personalisation field is refused at save, the field named', async () => {
    const bad = await call('account_manager', 'POST', '/api/campaigns', {
      ...body,
      versions: [{ ...version('es'), html: '{{nombre}} {{unsubscribeUrl}}' }, version('en')],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.rule).toBe('communications.rule.unknown_field');
    expect(JSON.stringify(bad.json())).toContain('versions[0].html');
    expect(JSON.stringify(bad.json())).toContain('nombre');
  });

  it('a segment never includes a contact without consent: scheduled, throttled, measured, in the 360° view', async () => {
    const created = await call('account_manager', 'POST', '/api/campaigns', body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const preview = await call('account_manager', 'POST', `/api/campaigns/${id}/preview`, {
      versionKey: 'all-en',
    });
    expect(preview.json()).toMatchObject({
      contactId: ids.bob,
      subject: 'Hi bob',
      to: 'bob@x.example',
    });
    const schedule = await call('account_manager', 'POST', `/api/campaigns/${id}/schedule`, {
      startAt: test.clock.now().toISOString(),
      perMinute: 2,
    });
    expect(schedule.json().state).toBe('scheduled');
    const edit = await call('account_manager', 'PUT', `/api/campaigns/${id}`, body);
    expect(edit.json().error.rule).toBe('communications.rule.campaign_not_editable');

    // two a minute: two, then one, then the campaign is sent; a run in between queues nothing
    const runs: number[] = [];
    for (const advance of [0, 30_000, 30_000, 60_000]) {
      test.clock.advance(advance);
      runs.push((await queueCampaignBatches(test.modules.campaigns)).queued);
    }
    expect(runs).toEqual([2, 0, 1, 0]);
    await sendQueuedMail(test.modules.mail);
    expect(sent.map((m) => m.toAddress).sort()).toEqual(['ana@x.example', 'bob@x.example']);
    const ana = sent.find((m) => m.toAddress === 'ana@x.example');
    expect(ana?.subject).toBe('Hola ana');
    const pixel = /src="https:\/\/pacta\.test(\/api\/track\/open\/[^"]+)"/.exec(
      ana?.html ?? '',
    )?.[1];
    const click = /href="https:\/\/pacta\.test(\/api\/track\/click\/[^"]+)"/.exec(
      ana?.html ?? '',
    )?.[1];
    expect((await test.app.inject({ url: pixel ?? '' })).headers['content-type']).toBe('image/gif');
    const redirect = await test.app.inject({ url: click ?? '' });
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers.location).toBe('https://example.com/oferta');
    // another index or a forged token leads nowhere
    expect((await test.app.inject({ url: (click ?? '').replace(/\/0$/, '/1') })).statusCode).toBe(
      404,
    );
    expect(
      (await test.app.inject({ url: (click ?? '').replace(/\.[^./]+\//, '.AAAA/') })).statusCode,
    ).toBe(404);
    const token = decodeURIComponent(ana?.text.split('/unsubscribe/')[1]?.trim() ?? '');
    expect(
      (await test.app.inject({ method: 'POST', url: '/api/unsubscribe', payload: { token } }))
        .statusCode,
    ).toBe(200);

    const dashboard = await call('agent', 'GET', `/api/campaigns/${id}`);
    expect(dashboard.json().campaign.state).toBe('sent');
    expect(dashboard.json().figures).toMatchObject({
      queued: 3,
      sent: 3,
      delivered: 2,
      bounced: 1,
      opened: 1,
      opens: 1,
      clicked: 1,
      clicks: 1,
      unsubscribed: 1,
    });
    expect(dashboard.json().figures.rates.open).toMatchObject({ numerator: 1, denominator: 2 });
    const received = await call('agent', 'GET', `/api/contacts/${ids.ana}/campaigns`);
    expect(received.json()).toEqual([
      expect.objectContaining({
        campaignId: id,
        name: 'Septiembre',
        status: 'sent',
        opened: true,
        clicked: true,
      }),
    ]);
    expect((await call('agent', 'GET', `/api/contacts/${ids.sin}/campaigns`)).json()).toEqual([]);
    expect((await call('agent', 'POST', `/api/campaigns/${id}/cancel`)).statusCode).toBe(422);
  });

  it('bad input names the field: rate, start, rule, link index', async () => {
    const rate = await call('agent', 'POST', '/api/campaigns', {
      ...campaignExample,
      perMinute: 0,
    });
    expect(rate.statusCode).toBe(400);
    expect(JSON.stringify(rate.json())).toContain('perMinute');
    const rule = await call('agent', 'POST', '/api/campaigns', {
      ...campaignExample,
      segments: [{ id: 'all', name: 'x', rule: { field: 'country', in: ['Chile'] } }],
    });
    expect(rule.statusCode).toBe(400);
    expect(JSON.stringify(rule.json())).toContain('segments[0].rule.in[0]');
    const draft = (await call('agent', 'POST', '/api/campaigns', campaignExample)).json().id;
    const start = await call('agent', 'POST', `/api/campaigns/${draft}/schedule`, {
      startAt: 'mañana',
      perMinute: 10,
    });
    expect(start.statusCode).toBe(400);
    expect(JSON.stringify(start.json())).toContain('startAt');
    const fast = await call('agent', 'POST', `/api/campaigns/${draft}/schedule`, {
      startAt: test.clock.now().toISOString(),
      perMinute: 10_001,
    });
    expect(fast.statusCode).toBe(400);
    const link = await test.app.inject({ url: '/api/track/click/x.y/first' });
    expect(link.statusCode).toBe(400);
    expect(JSON.stringify(link.json())).toContain('link');
  });
});
