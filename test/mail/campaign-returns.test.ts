/**
 * A campaign's mail through real SMTP servers: the CSM assigned to the contact's account signs
 * (the scheduling user when there is none), and a delivery status report returned to the
 * listener for one message marks that recipient bounced on the dashboard, while the report
 * itself stays ignored as a bounce.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queueCampaignBatches, recordCampaignBounces } from '../../src/app/campaigns/index.js';
import { sendQueuedMail } from '../../src/app/mail/index.js';
import { dispatchEvents } from '../../src/app/outbox/index.js';
import type { Role } from '../../src/domain/identity/roles.js';
import { parseMail } from '../../src/mail/parse.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';
import { type MailHarness, startMailHarness } from '../support/mail.js';

const version = (language: 'es' | 'en') => ({
  key: `all-${language}`,
  segmentId: 'all',
  language,
  subject: 'Novedades {{name}}',
  html: '<p>{{salutation}}</p><p>{{csm.signature}}</p><a href="{{unsubscribeUrl}}">baja</a>',
  text: '{{salutation}}\n{{csm.signature}}\n{{unsubscribeUrl}}',
});

/** A DSN (RFC 3464) for `messageId`, as a remote MTA returns it. */
const dsn = (messageId: string, to: string) =>
  [
    'From: Mail Delivery System <MAILER-DAEMON@mx.remote.example>',
    'To: soporte@andino.test',
    'Subject: Undelivered Mail Returned to Sender',
    'Message-ID: <dsn-1@mx.remote.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
    '',
    '--dsn',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `Your message to <${to}> could not be delivered.`,
    '--dsn',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.remote.example',
    '',
    `Final-Recipient: rfc822; ${to}`,
    'Action: failed',
    'Status: 5.1.1',
    '--dsn',
    'Content-Type: text/rfc822-headers',
    '',
    'From: Soporte Andino <soporte@andino.test>',
    `To: ${to}`,
    `Message-ID: <${messageId}>`,
    '--dsn--',
    '',
  ].join('\r\n');

describeEachEngine('campaign mail through real SMTP servers', (database) => {
  let mail: MailHarness;
  let campaignId = '';
  let anaMessageId = '';
  const call = async (role: Role, method: 'GET' | 'POST' | 'PUT', url: string, body?: object) => {
    const cookie = await mail.test.cookieFor(demoUserByRole[role]);
    const res = await mail.test.app.inject({
      method,
      url,
      headers: { cookie },
      ...(body ? { payload: body } : {}),
    });
    expect(res.statusCode, res.payload).toBeLessThan(300);
    return res.json();
  };

  beforeAll(async () => {
    mail = await startMailHarness(database().handle);
  });
  afterAll(() => mail?.stop());

  it('the CSM’s signature is the assigned CSM’s (the scheduling user’s for a contact without one)', async () => {
    const csm = await mail.test.store.users.findByEmail(demoUserByRole.account_manager);
    await call('provider_admin', 'PUT', `/api/success/contracts/${mail.desk.contractId}/csm`, {
      csmUserId: csm?.id,
    });
    const [sol] = (await mail.test.store.organisations.list()).filter(
      (o) => o.name === 'Tienda Sol',
    );
    for (const [name, organisationId] of [
      ['ana', sol?.id ?? null],
      ['bob', null],
    ] as const) {
      const contact = await call('agent', 'POST', '/api/contacts', {
        kind: 'person',
        organisationId,
        fields: { givenName: name, email: `${name}@x.example`, language: 'es', 'custom.tag': 'r' },
      });
      await call('agent', 'POST', `/api/contacts/${contact.id}/consents`, {
        channel: 'email',
        purpose: 'marketing',
        state: 'granted',
        source: 'web_form',
      });
    }
    const campaign = await call('provider_admin', 'POST', '/api/campaigns', {
      name: 'Retornos',
      defaultLanguage: 'es',
      segments: [
        { id: 'all', name: 'r', rule: { field: 'contact', name: 'custom.tag', equals: 'r' } },
      ],
      versions: [version('es')],
      perMinute: 10,
    });
    await call('provider_admin', 'POST', `/api/campaigns/${campaign.id}/schedule`, {
      startAt: mail.test.clock.now().toISOString(),
      perMinute: 10,
    });
    expect((await queueCampaignBatches(mail.test.modules.campaigns)).queued).toBe(2);
    await sendQueuedMail(mail.test.modules.mail);
    const sent = await Promise.all(
      (await mail.capture.waitFor(2)).map((m) =>
        parseMail(m.raw, { source: 'smtp', rcptTo: m.rcptTo }),
      ),
    );
    const to = (address: string) => sent.find((m) => m.inbound.recipients.includes(address));
    const ana = to('ana@x.example');
    campaignId = campaign.id;
    anaMessageId = ana?.inbound.messageId ?? '';
    expect(ana?.inbound.text).toContain(`${csm?.name}\n${csm?.email}`);
    expect(to('bob@x.example')?.inbound.text).toContain(demoUserByRole.provider_admin);
    expect(to('bob@x.example')?.inbound.text).not.toContain(demoUserByRole.account_manager);
  });

  it('a DSN returned for a campaign message marks that recipient bounced; the report stays ignored', async () => {
    const response = await mail.deliver({
      envelope: { from: 'mailer-daemon@mx.remote.example', to: ['soporte@andino.test'] },
      raw: dsn(anaMessageId, 'ana@x.example'),
    });
    expect(response).toMatch(/^250 /);
    await mail.process();
    const stored = (await mail.test.store.mailMessages.list({ limit: 50 })).find(
      (m) => m.messageId === 'dsn-1@mx.remote.example',
    );
    expect(stored).toMatchObject({ fate: 'ignored', reason: 'delivery_status_report' });
    const handlers = [recordCampaignBounces(mail.test.modules.campaigns)];
    await dispatchEvents({ ...mail.test.modules.outbox, handlers });
    const { figures } = await call('agent', 'GET', `/api/campaigns/${campaignId}`);
    expect(figures).toMatchObject({ queued: 2, sent: 2, delivered: 1, bounced: 1 });
  });
});
