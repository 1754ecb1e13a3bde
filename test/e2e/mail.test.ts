/**
 * The mail pages walked in Chromium as the administrator, in Spanish and English: mail from an
 * unknown sender, relayed to the server's SMTP listener, waits in quarantine with its reason in
 * words; one message is discarded, the other released to a ticket on a contract.
 */
import nodemailer from 'nodemailer';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoUserByRole } from '../support/demo.js';
import { freePort } from '../support/ports.js';
import { browserMissing, newPage, type Stage, screenshot, signIn, startStage } from './browser.js';

type Lang = 'es' | 'en';

describe.skipIf(browserMissing !== null)(
  'the quarantine in the browser',
  { timeout: 180_000 },
  () => {
    let stage: Stage | undefined;
    let smtpPort = 0;
    beforeAll(async () => {
      smtpPort = await freePort();
      stage = await startStage({ PACTA_SMTP_LISTEN: `127.0.0.1:${smtpPort}` });
    }, 400_000);
    afterAll(() => stage?.stop());

    const send = async (subject: string) => {
      const transport = nodemailer.createTransport({
        host: '127.0.0.1',
        port: smtpPort,
        secure: false,
        ignoreTLS: true,
      });
      await transport.sendMail({
        from: 'Desconocida <desconocida@otra-empresa.example>',
        to: 'soporte@pacta.localhost',
        subject,
        text: 'No encuentro el pedido.',
      });
      transport.close();
    };

    async function adminPage(lang: Lang): Promise<Page> {
      if (!stage) throw new Error('the browser stage did not start');
      const page = await newPage(stage, { locale: lang === 'es' ? 'es-CL' : 'en-GB' });
      await page.evaluate((l) => localStorage.setItem('pacta.locale', l), lang);
      await page.reload();
      await signIn(page, demoUserByRole.provider_admin);
      return page;
    }

    /** The row of `subject` on the received-mail page, once processing has settled it. */
    async function rowOf(page: Page, subject: string, fate: string) {
      const row = page.locator('tr', { hasText: subject });
      for (let attempt = 0; attempt < 30; attempt++) {
        await page.goto(`${stage?.baseUrl}/admin/mail`);
        await page.locator('table[aria-busy=false]').waitFor();
        if ((await row.filter({ hasText: fate }).count()) > 0) return row;
        await page.waitForTimeout(500);
      }
      throw new Error(`${subject} never showed as ${fate}`);
    }

    it('an unknown sender’s mail waits in quarantine with its reason in words, and is discarded (es)', async () => {
      await send('Pedido perdido A');
      const page = await adminPage('es');
      const row = await rowOf(page, 'Pedido perdido A', 'En cuarentena');
      await expect(row.textContent()).resolves.toContain(
        'No se conoce a nadie con esta dirección.',
      );
      await screenshot(page, 'mail-quarantine-es');
      await row.getByRole('button', { name: 'Descartar' }).click();
      await page.getByRole('status').filter({ hasText: 'descartó' }).waitFor();
      const discarded = await rowOf(page, 'Pedido perdido A', 'Ignorado');
      await expect(discarded.textContent()).resolves.toContain('Un administrador lo descartó.');
    });

    it('a quarantined message is released to a ticket on a contract and one of its requesters (en)', async () => {
      await send('Lost order B');
      const page = await adminPage('en');
      const row = await rowOf(page, 'Lost order B', 'Quarantined');
      await expect(row.textContent()).resolves.toContain('Nobody with this address is known.');
      await row.getByRole('button', { name: 'Release to a ticket' }).click();
      const form = page.getByRole('form', { name: 'Release to a ticket' });
      await form.getByLabel('Contract').selectOption({ label: 'Soporte Salesforce Infinity 25' });
      const requester = form.getByLabel('Requester');
      await requester.locator('option', { hasText: '@tiendasol.demo' }).first().waitFor({
        state: 'attached',
      });
      const first = await requester
        .locator('option', { hasText: '@tiendasol.demo' })
        .first()
        .getAttribute('value');
      await requester.selectOption(first ?? '');
      await screenshot(page, 'mail-release-en');
      await form.getByRole('button', { name: 'Release to a ticket' }).click();
      await page.getByRole('status').filter({ hasText: 'released' }).waitFor();
      const released = await rowOf(page, 'Lost order B', 'New ticket');
      await expect(released.getByRole('link', { name: 'Lost order B' }).count()).resolves.toBe(1);
    });

    it('the conversation marks a message that came by mail and offers its attachments as downloads (en, es)', async () => {
      const transport = nodemailer.createTransport({
        host: '127.0.0.1',
        port: smtpPort,
        ignoreTLS: true,
      });
      await transport.sendMail({
        from: `Lucía Pérez <${demoUserByRole.client_requester}>`,
        to: 'soporte@pacta.localhost',
        subject: 'Factura con adjuntos C',
        text: 'Adjunto la factura y la página que falla.',
        attachments: [
          { filename: 'factura.pdf', content: Buffer.from('%PDF-1.4\n%%EOF\n') },
          {
            filename: 'pagina.html',
            content: '<script>alert(1)</script>',
            contentType: 'text/html',
          },
        ],
      });
      transport.close();
      const page = await adminPage('en');
      const row = await rowOf(page, 'Factura con adjuntos C', 'New ticket');
      await row.getByRole('link', { name: 'Factura con adjuntos C' }).click();
      const conversation = page.getByRole('list', { name: 'Conversation' });
      await conversation.getByText('By mail').waitFor();
      const files = conversation.getByRole('list', { name: 'Attachments' });
      await expect(files.getByRole('link').allTextContents()).resolves.toEqual([
        'factura.pdf',
        'pagina.html',
      ]);
      const html = files.getByRole('link', { name: 'pagina.html' });
      await expect(html.getAttribute('download')).resolves.toBe('pagina.html');
      const href = (await html.getAttribute('href')) ?? '';
      const served = await page.request.get(`${stage?.baseUrl}${href}`);
      expect(served.status()).toBe(200);
      expect(served.headers()['content-type']).not.toMatch(/html/);
      expect(served.headers()['content-disposition']).toMatch(/^attachment;/);
      await screenshot(page, 'mail-conversation-en');
      const ticketUrl = page.url();
      const es = await adminPage('es');
      await es.goto(ticketUrl);
      const conversacion = es.getByRole('list', { name: 'Conversación' });
      await conversacion.getByText('Por correo').waitFor();
      await conversacion
        .getByRole('list', { name: 'Adjuntos' })
        .getByRole('link', { name: 'factura.pdf' })
        .waitFor();
      await screenshot(es, 'mail-conversation-es');
    });
  },
);
