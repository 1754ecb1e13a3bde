/**
 * A customer-success meeting in the browser (issue 17) on a Bogotá contract: the account manager,
 * with the browser in Madrid, schedules the quarterly review at a Bogotá wall time, picking its
 * attendees (the client's decision-maker and our agent) instead of typing addresses, moves it an
 * hour later and then cancels it, saying why; the administrator in Santiago reads the meeting at
 * the same instant in Bogotá's zone; the contract's calendar feed URL issued, fetched, rotated and
 * revoked from its page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signBogotaRetainer } from './agency-contract.js';
import { apiAs, browserMissing, openAs, showsOr, stageForFile } from './browser.js';

type Meeting = { id: string; start: string; status: string; attendees: { email: string }[] };
type View = { suggestedQuarterly: { start: string } | null; meetings: Meeting[] };

const managerEmail = 'cuentas@soporteandino.demo';
const hour = 3_600_000;
/** A Bogotá wall time (UTC−05:00 all year) as a `datetime-local` value. */
const bogotaWall = (at: number) => new Date(at - 5 * hour).toISOString().slice(0, 16);

describe.skipIf(browserMissing !== null)(
  'a success meeting scheduled, moved and cancelled in the browser (issue 17)',
  { timeout: 300_000 },
  () => {
    const stage = stageForFile();
    let contractId = '';
    const open = (zone: string, lang: 'es' | 'en', email: string) =>
      openAs(stage(), { zone, lang, browserLocale: lang === 'es' ? 'es-ES' : 'en-GB', email });
    const api = <T>(page: Page, method: string, path: string, data?: object) =>
      apiAs<T>(stage(), page, method, path, data);
    const view = (page: Page) => api<View>(page, 'GET', `/api/success/contracts/${contractId}`);

    it('the account manager picks the attendees, moves and cancels the meeting', async () => {
      const setUp = await open('America/Bogota', 'es', 'admin@soporteandino.demo');
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(
        Date.now(),
      );
      contractId = await signBogotaRetainer(
        stage(),
        setUp,
        { calendar: 'Bogotá éxito', plan: 'Retainer éxito', contract: 'Éxito Tienda Sol' },
        today,
      );
      await setUp.context().close();
      const page = await open('Europe/Madrid', 'es', managerEmail);
      const suggested = (await view(page)).suggestedQuarterly;
      if (suggested === null) throw new Error('no quarterly review suggested');
      const start = Date.parse(suggested.start);

      await page.goto(`${stage().baseUrl}/contracts/${contractId}`);
      const form = page.getByRole('form', { name: 'Programar una reunión' });
      await showsOr(page, form, 'success-form');
      await form.getByLabel('Reunión', { exact: true }).selectOption('quarterly_review');
      await form.getByLabel(/Fecha y hora acordadas/).fill(bogotaWall(start));
      await form.getByLabel('Duración en minutos').fill('60');
      await form.getByLabel(/decisor@tiendasol\.demo/).check();
      await form.getByLabel(/agente@soporteandino\.demo/).check();
      await form.getByRole('button', { name: 'Programar una reunión' }).click();
      await page.getByText('Reunión programada.').waitFor();
      const [scheduled] = (await view(page)).meetings;
      expect(scheduled?.start).toBe(new Date(start).toISOString());
      expect(scheduled?.attendees.map((a) => a.email).sort()).toEqual([
        'agente@soporteandino.demo',
        'decisor@tiendasol.demo',
      ]);
      const item = page.locator('li', {
        has: page.locator(`time[datetime="${scheduled?.start}"]`),
      });
      expect(await item.locator('time').first().getAttribute('data-zone')).toBe('America/Bogota');

      await item.getByText('Mover o cancelar').click();
      await item.getByLabel(/Nueva fecha y hora/).fill(bogotaWall(start + hour));
      await item.getByLabel(/Por qué se mueve/).fill('El cliente pidió otra hora');
      await item.getByRole('button', { name: 'Mover reunión' }).click();
      await page.getByText('Reunión movida; sus asistentes recibieron la nueva hora.').waitFor();
      const moved = new Date(start + hour).toISOString();
      expect((await view(page)).meetings[0]?.start).toBe(moved);

      const again = page.locator('li', { has: page.locator(`time[datetime="${moved}"]`) });
      // who moved it and why, and the time it had, in the contract's zone
      await again.getByText(/motivo: El cliente pidió otra hora/).waitFor();
      await again.getByText(/Movida por /).waitFor();
      const before = again.locator(`time[datetime="${scheduled?.start}"]`);
      expect(await before.getAttribute('data-zone')).toBe('America/Bogota');
      // The panel stays open after the move; open it if it was closed.
      const panel = again.locator('details');
      if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click();
      await again.getByLabel(/Por qué se cancela/).fill('El cliente cierra el trimestre antes');
      await again.getByRole('button', { name: 'Cancelar reunión' }).click();
      await page.getByText('Cancelada: El cliente cierra el trimestre antes').waitFor();
      expect((await view(page)).meetings[0]?.status).toBe('cancelled');
      await page.context().close();

      const admin = await open('America/Santiago', 'en', 'admin@soporteandino.demo');
      await admin.goto(`${stage().baseUrl}/contracts/${contractId}`);
      const shown = admin.locator(`time[datetime="${moved}"]`);
      await showsOr(admin, shown, 'success-santiago');
      expect(await shown.getAttribute('data-zone')).toBe('America/Bogota');
      await admin.context().close();
    });

    it('the contract page issues its calendar feed URL, which opens as text/calendar; rotating and revoking end it; the decision-maker issues one in the portal', async () => {
      const page = await open('America/Santiago', 'en', managerEmail);
      await page.goto(`${stage().baseUrl}/contracts/${contractId}`);
      const section = page.getByRole('region', { name: 'Calendar feed' });
      await showsOr(page, section, 'contract-feed');
      await section.getByText(/customer-success meetings/).waitFor();
      const address = section.getByLabel('Feed address (shown only now)');
      const fetchFeed = (url: string) => page.context().request.get(url);
      await section.getByRole('button', { name: 'Issue a feed address' }).click();
      const first = await address.inputValue();
      expect(first).toMatch(/\/api\/agency\/feeds\/pcf_.+\?locale=en$/);
      const feed = await fetchFeed(first);
      expect([feed.status(), feed.headers()['content-type']]).toEqual([
        200,
        'text/calendar; charset=utf-8',
      ]);
      const ics = await feed.text();
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain('Éxito Tienda Sol');

      // rotating asks first, then ends the earlier address
      await section.getByRole('button', { name: 'Rotate the address…' }).click();
      await section
        .getByRole('button', {
          name: 'Confirm: make a new address and end every earlier one',
        })
        .click();
      await expect.poll(() => address.inputValue()).not.toBe(first);
      const second = await address.inputValue();
      expect((await fetchFeed(first)).status()).toBe(404);
      expect((await fetchFeed(second)).status()).toBe(200);

      await section.getByRole('button', { name: 'Revoke every address…' }).click();
      await section.getByRole('button', { name: 'Confirm: revoke the calendar address' }).click();
      await section.getByText('Every feed address of this contract stopped working.').waitFor();
      expect((await fetchFeed(second)).status()).toBe(404);
      await page.context().close();

      // the client's decision-maker issues it from the portal, in Spanish
      const client = await open('America/Bogota', 'es', 'decisor@tiendasol.demo');
      await client.goto(`${stage().baseUrl}/portal/account`);
      const own = client.getByRole('region', { name: 'Calendario de Éxito Tienda Sol' });
      await showsOr(client, own, 'portal-contract-feed');
      await own.getByRole('button', { name: 'Crear una dirección de calendario' }).click();
      const url = await own
        .getByLabel('Dirección del calendario (solo se muestra ahora)')
        .inputValue();
      expect(url).toMatch(/\?locale=es$/);
      const spanish = await client.context().request.get(url);
      expect([spanish.status(), spanish.headers()['content-type']]).toEqual([
        200,
        'text/calendar; charset=utf-8',
      ]);
      await client.context().close();
    });
  },
);
