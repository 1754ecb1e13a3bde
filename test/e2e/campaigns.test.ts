/**
 * The campaign editor, legal holds and bounces in the browser (seed 003, issue 17): one stage
 * (server and Chromium) for the file. A campaign's start is typed in the organisation's time
 * zone, set by an administrator, whatever the browser's zone. The server sends through a
 * capturing SMTP server and receives on its own listener, so a bounce comes back as it would
 * from a remote MTA.
 */

import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { timeIn } from '../../src/web/format.js';
import { type CaptureSmtp, startCaptureSmtp } from '../support/capture-smtp.js';
import { deliveryStatusReport } from '../support/dsn.js';
import { freePort } from '../support/ports.js';
import { waitFor } from '../support/processes.js';
import { apiAs, browserMissing, openAs, screenshot, showsOr, stageForFile } from './browser.js';

const title = browserMissing
  ? `campaigns and legal holds in the web [SKIPPED: ${browserMissing}]`
  : 'campaigns and legal holds in the web';

describe.skipIf(browserMissing !== null)(title, () => {
  let capture: CaptureSmtp | undefined;
  let smtpPort = 0;
  const stage = stageForFile(async () => {
    capture = await startCaptureSmtp();
    smtpPort = await freePort();
    return {
      // a secret to sign unsubscribe links: without one nothing is scheduled
      PACTA_SECRET_KEY: 'e2e-secret-key-of-at-least-32-characters',
      PACTA_SMTP_URL: capture.url,
      PACTA_SMTP_LISTEN: `127.0.0.1:${smtpPort}`,
    };
  });
  afterAll(() => capture?.stop());

  /** A person contact tagged with its name, consenting to campaigns by email or not; its id. */
  async function contact(page: Page, name: string, language: 'es' | 'en', consents: boolean) {
    const created = await apiAs<{ id: string }>(stage(), page, 'POST', '/api/contacts', {
      kind: 'person',
      fields: { givenName: name, email: `${name}@e2e.example`, language, 'custom.tag': name },
    });
    if (consents) {
      await apiAs(stage(), page, 'POST', `/api/contacts/${created.id}/consents`, {
        channel: 'email',
        purpose: 'marketing',
        state: 'granted',
        source: 'web_form',
      });
    }
    return created.id;
  }

  /** A page signed in as `who`@soporteandino.demo, the browser in `zone` and `browserLocale`. */
  const open = (zone: string, lang: 'es' | 'en', browserLocale: string, who: string) =>
    openAs(stage(), { zone, lang, browserLocale, email: `${who}@soporteandino.demo` });

  /** The provid and nameer's id and name, read with `page`'s session. */
  const providerOf = async (page: Page) =>
    (await apiAs<{ organisation: { id: string; name: string } }>(stage(), page, 'GET', '/api/me'))
      .organisation;

  it('an administrator sets the organisation’s time zone; an unknown zone is refused naming the field', async () => {
    const admin = await open('America/Bogota', 'en', 'en-US', 'admin');
    admin.setDefaultTimeout(10_000);
    await admin.getByRole('navigation').getByRole('link', { name: 'Organisations' }).click();
    const provider = await providerOf(admin);
    await apiAs(stage(), admin, 'PUT', `/api/organisations/${provider.id}/time-zone`, {
      timeZone: 'America/Santiago',
    });
    await admin.reload();
    const row = admin.getByRole('row').filter({ hasText: provider.name }).first();
    await row.getByText('America/Santiago').waitFor();
    await row.getByRole('button', { name: /^Change the time zone of / }).click();
    const field = row.getByLabel(/^Time zone of /);
    await field.fill('Mars/Olympus');
    await row.getByRole('button', { name: 'Save the time zone' }).click();
    await row.locator('.field-error').waitFor();
    await field.fill('Europe/Madrid');
    await row.getByRole('button', { name: 'Save the time zone' }).click();
    await row.getByText('Europe/Madrid').waitFor();
    // the administrator's own session takes the new zone at once, without signing in again
    await admin.getByRole('navigation').getByRole('link', { name: 'Campaigns' }).click();
    await admin.getByRole('button', { name: 'New campaign' }).click();
    await admin.getByLabel(/^Start \(.*, Europe\/Madrid\)/).waitFor();
    const me = await apiAs<{ organisation: { timeZone: string } }>(
      stage(),
      admin,
      'GET',
      '/api/me',
    );
    expect(me.organisation.timeZone).toBe('Europe/Madrid');
    await admin.context().close();
  });

  it('an author in Santiago builds a segment, sees its live count, adds a version and schedules 09:00 of the organisation’s Madrid time', async () => {
    const page = await open('America/Santiago', 'es', 'es-CL', 'cuentas');
    page.setDefaultTimeout(10_000);
    await contact(page, 'ana', 'es', true);
    await contact(page, 'eva', 'es', true);
    await contact(page, 'bob', 'en', true);
    await contact(page, 'sin', 'es', false);
    await page.getByRole('navigation').getByRole('link', { name: 'Campañas' }).click();
    await page.getByRole('button', { name: 'Nueva campaña' }).click();
    const first = page.getByRole('group', { name: /^Segmento «/ }).first();
    // a rule the API refuses names its field and is not counted
    await first.getByLabel('Condición sobre').selectOption('country');
    await first.getByLabel(/^Códigos de país/).fill('Chile');
    await first.locator('.field-error').waitFor();
    await first.getByText('Sin recuento hasta que se corrija la regla.').waitFor();
    await first.getByLabel('Condición sobre').selectOption('language');
    // the contact without consent never counts
    await first.getByText('2 en el segmento ahora (se puede escribir a 3 de').waitFor();
    await first.getByRole('checkbox', { name: /^No \(/ }).check();
    await first.getByText('1 en el segmento ahora').waitFor();
    await first.getByRole('checkbox', { name: /^No \(/ }).uncheck();

    await page.getByRole('button', { name: 'Añadir un segmento' }).click();
    const second = page.getByRole('group', { name: 'Segmento «Segmento 2»' });
    await second.getByLabel('Cualquiera de').selectOption(['en']);
    await second.getByText('1 en el segmento ahora').waitFor();
    await page.getByLabel('Segmento e idioma').selectOption({ label: 'Segmento 2 · English' });
    await page.getByRole('button', { name: 'Añadir la versión' }).click();
    await page.getByRole('group', { name: 'Segmento 2, en English' }).waitFor();

    // the start is typed in the organisation's zone (Madrid), not the browser's (Santiago)
    await page.getByLabel(/^Inicio \(.*, Europe\/Madrid\)/).fill('2030-01-15T09:00');
    await page.getByRole('button', { name: 'Programar' }).click();
    await showsOr(page, page.getByText('Programada').first(), 'campaign-not-scheduled');
    await page.getByText(/Empieza: 15 ene 2030, 9:00/).waitFor();
    await screenshot(page, 'campaign-scheduled');
    const id = page.url().split('/campaigns/')[1] ?? '';
    const saved = await apiAs<{ campaign: { startAt: string; segments: unknown[] } }>(
      stage(),
      page,
      'GET',
      `/api/campaigns/${id}`,
    );
    expect(saved.campaign.startAt).toBe('2030-01-15T08:00:00.000Z');
    expect(saved.campaign.segments).toEqual([
      expect.objectContaining({ rule: { field: 'language', in: ['es'] } }),
      expect.objectContaining({ id: 's2', rule: { field: 'language', in: ['en'] } }),
    ]);
  });

  it('an author in Madrid schedules 09:00 of the organisation’s Bogotá time', async () => {
    const admin = await open('Europe/Madrid', 'en', 'en-GB', 'admin');
    await apiAs(
      stage(),
      admin,
      'PUT',
      `/api/organisations/${(await providerOf(admin)).id}/time-zone`,
      {
        timeZone: 'America/Bogota',
      },
    );
    await admin.context().close();
    const page = await open('Europe/Madrid', 'en', 'en-GB', 'cuentas');
    page.setDefaultTimeout(10_000);
    await page.getByRole('navigation').getByRole('link', { name: 'Campaigns' }).click();
    await page.getByRole('button', { name: 'New campaign' }).click();
    await page.getByLabel(/^Start \(.*, America\/Bogota\)/).fill('2030-01-15T09:00');
    await page.getByRole('button', { name: 'Schedule', exact: true }).click();
    await showsOr(page, page.getByText('Scheduled').first(), 'campaign-bogota-not-scheduled');
    await page.getByText(/Starts: 15 Jan 2030, 09:00/).waitFor();
    const id = page.url().split('/campaigns/')[1] ?? '';
    const saved = await apiAs<{ campaign: { startAt: string } }>(
      stage(),
      page,
      'GET',
      `/api/campaigns/${id}`,
    );
    // Bogotá is UTC−05:00 all year; Madrid (UTC+01:00 in January) would have been 08:00Z
    expect(saved.campaign.startAt).toBe('2030-01-15T14:00:00.000Z');
  });

  it('an administrator places a legal hold on a contact with a reason, finds it listed under the contact’s name (a pseudonym once anonymised) and lifts it', async () => {
    const page = await open('Europe/Madrid', 'en', 'en-GB', 'admin');
    page.setDefaultTimeout(10_000);
    const id = await contact(page, 'held', 'en', false);
    await page.goto(`${stage().baseUrl}/contacts/${id}`);
    const holds = page.getByRole('region', { name: 'Legal holds' });
    await holds.getByRole('button', { name: 'Place the hold' }).click();
    await holds.locator('.field-error').first().waitFor();
    await holds.getByLabel('Why it is held').fill('Claim 2026/114');
    await holds.getByRole('button', { name: 'Place the hold' }).click();
    await holds.getByRole('cell', { name: 'Claim 2026/114' }).waitFor();
    // a hold on a contact anonymised before: listed under its pseudonym, never its old name
    const gone = await contact(page, 'gone', 'en', false);
    const erased = await apiAs<{ contact: { pseudonym: string } }>(
      stage(),
      page,
      'POST',
      `/api/contacts/${gone}/anonymisation`,
      { confirm: true },
    );
    await apiAs(stage(), page, 'POST', '/api/legal-holds', { contactId: gone, reason: 'Audit 7' });
    await page.getByRole('navigation').getByRole('link', { name: 'Legal holds' }).click();
    const row = page.getByRole('row', { name: /Claim 2026\/114/ });
    await row.getByText('In force').waitFor();
    // each held contact is named and links to its 360° view
    await row.getByRole('link', { name: 'Contact: held' }).waitFor();
    const pseudonymous = page.getByRole('row', { name: /Audit 7/ });
    await pseudonymous
      .getByRole('link', { name: `Contact: ${erased.contact.pseudonym}` })
      .waitFor();
    expect(await pseudonymous.textContent()).not.toContain('gone');
    await row.getByRole('link', { name: 'Contact: held' }).click();
    await page.waitForURL(`**/contacts/${id}`);
    await page.goBack();
    await row.getByRole('button', { name: 'Lift…' }).click();
    await row.getByLabel('Why it is lifted').fill('Claim settled');
    await row.getByRole('button', { name: 'Lift the hold' }).click();
    await page.getByRole('row', { name: /Lifted: Claim settled/ }).waitFor();
  });

  it('a hard-bounced contact’s 360° view shows the suppressed address with its reason, and an administrator lifts it after confirming', async () => {
    const page = await open('America/Santiago', 'es', 'es-CL', 'admin');
    page.setDefaultTimeout(10_000);
    const address = 'rebote@e2e.example';
    const contactId = await contact(page, 'rebote', 'es', true);
    const campaign = await apiAs<{ id: string }>(stage(), page, 'POST', '/api/campaigns', {
      name: 'Rebote e2e',
      defaultLanguage: 'es',
      segments: [
        { id: 'r', name: 'r', rule: { field: 'contact', name: 'custom.tag', equals: 'rebote' } },
      ],
      versions: [
        {
          key: 'r-es',
          segmentId: 'r',
          language: 'es',
          subject: 'Novedades',
          html: '<p>{{salutation}}</p><a href="{{unsubscribeUrl}}">baja</a>',
          text: '{{salutation}}\n{{unsubscribeUrl}}',
        },
      ],
      perMinute: 10,
    });
    await apiAs(stage(), page, 'POST', `/api/campaigns/${campaign.id}/schedule`, {
      startAt: new Date().toISOString(),
      perMinute: 10,
    });
    // the server's send-campaigns job queues due campaigns once a minute
    const sentTo = () => capture?.messages.find((m) => m.rcptTo.includes(address));
    await waitFor('the campaign mail', () => sentTo() !== undefined, 120_000);
    const messageId = /^Message-ID:\s*<([^>]+)>/im.exec(sentTo()?.raw.toString() ?? '')?.[1];
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort });
    await transport.sendMail({
      envelope: { from: 'mailer-daemon@mx.remote.example', to: ['soporte@pacta.localhost'] },
      raw: deliveryStatusReport(messageId ?? '', address, { mailbox: 'soporte@pacta.localhost' }),
    });
    transport.close();
    type Suppression = { suppressedAt: string; liftedAt: string | null };
    const suppressions = () =>
      apiAs<Suppression[]>(stage(), page, 'GET', `/api/contacts/${contactId}/suppressions`);
    await waitFor('the suppression', async () => (await suppressions()).length > 0, 60_000);
    const [suppressed] = await suppressions();

    await page.goto(`${stage().baseUrl}/contacts/${contactId}`);
    await page.getByRole('heading', { name: 'Direcciones suprimidas por rebotes' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(address) });
    await row.getByRole('cell', { name: 'Devuelta de forma definitiva (estado 5.1.1)' }).waitFor();
    // the instant reads in Santiago's time, named so
    const since = row.locator('time').first();
    expect(await since.getAttribute('datetime')).toBe(suppressed?.suppressedAt);
    const santiago = (at: string) => `${timeIn('es', at, 'America/Santiago')} hora de Chile`;
    expect(await since.textContent()).toContain(santiago(suppressed?.suppressedAt ?? ''));

    await row.getByRole('button', { name: `Levantar la supresión de ${address}` }).click();
    await row
      .getByRole('button', { name: `Confirmar que se levanta la supresión de ${address}` })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: `Supresión de ${address} levantada` })
      .waitFor();
    const [lifted] = await suppressions();
    expect(lifted?.liftedAt).not.toBeNull();
    const liftedAt = row.locator('time').nth(1);
    expect(await liftedAt.getAttribute('datetime')).toBe(lifted?.liftedAt);
    expect(await liftedAt.textContent()).toContain(santiago(lifted?.liftedAt ?? ''));
    expect(await row.getByRole('button').count()).toBe(0);
    await screenshot(page, 'contact-suppression-lifted');
  }, 240_000);
});
