/**
 * A campaign's mail through real SMTP servers: the CSM assigned to the contact's account signs
 * (the scheduling user when there is none), and a delivery status report returned to the
 * listener for one message marks that recipient bounced on the dashboard, while the report
 * itself stays ignored as a bounce. A hard bounce (a 5.x.x report, or the server refusing the
 * recipient with 550) suppresses the address for later campaigns until an administrator lifts
 * it; a soft bounce (4.x.x) does not, unless the address soft-bounces its last three campaign
 * messages in a row (a delivery in between, or a lift, starts the count again).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  queueCampaignBatches,
  recordCampaignBounces,
  recordCampaignRefusals,
} from '../../src/app/campaigns/index.js';
import { sendQueuedMail } from '../../src/app/mail/index.js';
import { dispatchEvents } from '../../src/app/outbox/index.js';
import type { Role } from '../../src/domain/identity/roles.js';
import { parseMail } from '../../src/mail/parse.js';
import { demoUserByRole } from '../support/demo.js';
import { deliveryStatusReport } from '../support/dsn.js';
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

/** A DSN for `messageId` to the desk's mailbox. */
const dsn = (messageId: string, to: string, status = '5.1.1') =>
  deliveryStatusReport(messageId, to, { mailbox: 'soporte@andino.test', status });

describeEachEngine('campaign mail through real SMTP servers', (database) => {
  let mail: MailHarness;
  let campaignId = '';
  let anaMessageId = '';
  const contactIds = new Map<string, string>();
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

  const dispatch = () =>
    dispatchEvents({
      ...mail.test.modules.outbox,
      handlers: [
        recordCampaignBounces(mail.test.modules.campaigns),
        recordCampaignRefusals(mail.test.modules.campaigns),
      ],
    });
  /** A contact tagged `tag` who consents to marketing by email, kept by `name`. */
  const addContact = async (name: string, organisationId: string | null, tag: string) => {
    const contact = await call('agent', 'POST', '/api/contacts', {
      kind: 'person',
      organisationId,
      fields: { givenName: name, email: `${name}@x.example`, language: 'es', 'custom.tag': tag },
    });
    contactIds.set(name, contact.id);
    await call('agent', 'POST', `/api/contacts/${contact.id}/consents`, {
      channel: 'email',
      purpose: 'marketing',
      state: 'granted',
      source: 'web_form',
    });
  };
  /**
   * A campaign to the contacts tagged `tag` (both first ones: `r`), queued and sent: its id and
   * the addresses it queued mail for.
   */
  const sendCampaign = async (name: string, tag = 'r') => {
    const campaign = await call('provider_admin', 'POST', '/api/campaigns', {
      name,
      defaultLanguage: 'es',
      segments: [
        { id: 'all', name: tag, rule: { field: 'contact', name: 'custom.tag', equals: tag } },
      ],
      versions: [version('es')],
      perMinute: 10,
    });
    await call('provider_admin', 'POST', `/api/campaigns/${campaign.id}/schedule`, {
      startAt: mail.test.clock.now().toISOString(),
      perMinute: 10,
    });
    await queueCampaignBatches(mail.test.modules.campaigns);
    await sendQueuedMail(mail.test.modules.mail);
    const { addresses } = await mail.test.store.campaigns.queued(campaign.id);
    return { id: campaign.id as string, addresses: addresses.sort() };
  };
  const campaignToBoth = async (name: string) => (await sendCampaign(name)).addresses;
  /** The Message-ID of the last message the capturing server accepted for `address`. */
  const lastMessageIdTo = async (address: string) => {
    const last = mail.capture.messages.filter((m) => m.rcptTo.includes(address)).at(-1);
    if (last === undefined) throw new Error(`nothing sent to ${address}`);
    const parsed = await parseMail(last.raw, { source: 'smtp', rcptTo: last.rcptTo });
    return parsed.inbound.messageId ?? '';
  };
  const returnReport = async (messageId: string, to: string, status: string) => {
    const response = await mail.deliver({
      envelope: { from: 'mailer-daemon@mx.remote.example', to: ['soporte@andino.test'] },
      raw: dsn(messageId, to, status),
    });
    expect(response).toMatch(/^250 /);
    await mail.process();
    await dispatch();
  };
  const suppressions = (name: string) =>
    call('agent', 'GET', `/api/contacts/${contactIds.get(name)}/suppressions`);
  /** `role` lifts the suppression of `address` on `name`'s contact: the raw answer. */
  const lift = async (role: Role, name: string, address: string) => {
    const cookie = await mail.test.cookieFor(demoUserByRole[role]);
    return mail.test.app.inject({
      method: 'POST',
      url: `/api/contacts/${contactIds.get(name)}/suppressions/lift`,
      headers: { cookie },
      payload: { address },
    });
  };
  /** The audit entries on `name`'s contact: action and actor. */
  const auditOf = (name: string) =>
    mail.test.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id'])
      .where('resource_type', '=', 'contacts')
      .where('resource_id', '=', contactIds.get(name) ?? '')
      .execute();
  let campaigns = 0;
  /**
   * A later campaign (a minute on) to `name`'s tag, the only one tagged so; with `status`, a
   * report returns it soft-bounced. The campaign's id.
   */
  const mailOnce = async (name: string, status?: string) => {
    const address = `${name}@x.example`;
    mail.test.clock.advance(60_000);
    campaigns += 1;
    const campaign = await sendCampaign(`Campaña ${campaigns}`, name);
    expect(campaign.addresses).toEqual([address]);
    if (status) await returnReport(await lastMessageIdTo(address), address, status);
    return campaign.id;
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
    await addContact('ana', sol?.id ?? null, 'r');
    await addContact('bob', null, 'r');
    const campaign = await sendCampaign('Retornos');
    expect(campaign.addresses).toEqual(['ana@x.example', 'bob@x.example']);
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
    const stored = (await mail.test.store.mailMessages.list({ limit: 50 })).find((m) =>
      m.messageId?.startsWith('dsn-5.1.1-'),
    );
    expect(stored).toMatchObject({ fate: 'ignored', reason: 'delivery_status_report' });
    await dispatch();
    const { figures } = await call('agent', 'GET', `/api/campaigns/${campaignId}`);
    expect(figures).toMatchObject({ queued: 2, sent: 2, delivered: 1, bounced: 1 });
  });

  it('a hard-bounced address receives no further campaign', async () => {
    expect(await suppressions('ana')).toEqual([
      expect.objectContaining({
        address: 'ana@x.example',
        reason: 'hard_bounce',
        status: '5.1.1',
        campaignId,
        liftedAt: null,
      }),
    ]);
    const count = await call('agent', 'POST', '/api/segments/count', {
      rule: { field: 'contact', name: 'custom.tag', equals: 'r' },
    });
    expect(count).toMatchObject({ members: 1, contactable: 1 });
    expect(await campaignToBoth('Tras el rebote')).toEqual(['bob@x.example']);
  });

  it('a soft bounce does not suppress', async () => {
    await returnReport(await lastMessageIdTo('bob@x.example'), 'bob@x.example', '4.2.2');
    expect(await suppressions('bob')).toEqual([]);
    expect(await campaignToBoth('Tras el rebote leve')).toEqual(['bob@x.example']);
  });

  it('an address the SMTP server refuses for good (550) is suppressed too', async () => {
    mail.capture.refused.set('bob@x.example', 550);
    expect(await campaignToBoth('Rechazo SMTP')).toEqual(['bob@x.example']);
    await dispatch();
    expect(await suppressions('bob')).toEqual([
      expect.objectContaining({ reason: 'smtp_refusal', status: '550', liftedAt: null }),
    ]);
    expect(await campaignToBoth('Nadie')).toEqual([]);
  });

  it('an administrator lifts a suppression (audited); the address receives campaigns again', async () => {
    expect((await lift('agent', 'ana', 'ana@x.example')).statusCode).toBe(403);
    const other = await lift('provider_admin', 'ana', 'bob@x.example');
    expect([other.statusCode, other.json().error.fields[0].path]).toEqual([409, 'body.address']);
    const lifted = await lift('provider_admin', 'ana', 'Ana@x.example');
    expect(lifted.statusCode, lifted.payload).toBe(200);
    const admin = await mail.test.store.users.findByEmail(demoUserByRole.provider_admin);
    expect(lifted.json()).toEqual([
      expect.objectContaining({ address: 'ana@x.example', liftedBy: admin?.id }),
    ]);
    expect(lifted.json()[0].liftedAt).not.toBeNull();
    expect(await auditOf('ana')).toContainEqual({
      action: 'POST /api/contacts/:id/suppressions/lift',
      actor_user_id: admin?.id,
    });
    expect(await campaignToBoth('Otra vez')).toEqual(['ana@x.example']);
  });

  it('two soft bounces in a row do not suppress the address', async () => {
    await addContact('cruz', null, 'cruz');
    await mailOnce('cruz', '4.2.2');
    await mailOnce('cruz', '4.4.1');
    expect(await suppressions('cruz')).toEqual([]);
  });

  it('three soft bounces in a row suppress the address', async () => {
    const third = await mailOnce('cruz', '4.2.2');
    expect(await suppressions('cruz')).toEqual([
      expect.objectContaining({
        address: 'cruz@x.example',
        reason: 'repeated_soft_bounces',
        status: '4.2.2',
        campaignId: third,
        liftedAt: null,
      }),
    ]);
    expect(await auditOf('cruz')).toContainEqual({
      action: 'job campaign-bounces',
      actor_user_id: null,
    });
    expect((await sendCampaign('Tras tres rebotes leves', 'cruz')).addresses).toEqual([]);
  });

  it('a delivery between soft bounces starts the count again', async () => {
    await addContact('dora', null, 'dora');
    await mailOnce('dora', '4.2.2');
    await mailOnce('dora', '4.2.2');
    await mailOnce('dora');
    await mailOnce('dora', '4.2.2');
    await mailOnce('dora', '4.2.2');
    expect(await suppressions('dora')).toEqual([]);
    await mailOnce('dora', '4.2.2');
    expect(await suppressions('dora')).toEqual([
      expect.objectContaining({ reason: 'repeated_soft_bounces', liftedAt: null }),
    ]);
  });

  it('an address lifted after soft bounces in a row is counted again from the lift', async () => {
    const lifted = await lift('provider_admin', 'cruz', 'cruz@x.example');
    expect(lifted.statusCode, lifted.payload).toBe(200);
    await mailOnce('cruz', '4.2.2');
    await mailOnce('cruz', '4.2.2');
    expect(await suppressions('cruz')).toEqual([
      expect.objectContaining({ reason: 'repeated_soft_bounces', liftedAt: expect.any(String) }),
    ]);
    await mailOnce('cruz', '4.2.2');
    expect(await suppressions('cruz')).toEqual([
      expect.objectContaining({ reason: 'repeated_soft_bounces', liftedAt: null }),
    ]);
  });
});
