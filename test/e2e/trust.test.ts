/**
 * Figures people can trust (issue 11, trust items), walked in Chromium with the browser in Chile's,
 * Colombia's and Spain's time zones and in both languages: calendar dates as the dates they are,
 * instants in the contract's named zone with the viewer's time beside, the hour bank's usable
 * balance, words instead of codes, errors at their fields, drafts that survive, phones.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserMissing, phone, screenshot, signIn, stageForFile } from './browser.js';

type Lang = 'es' | 'en';

const months: Record<Lang, string[]> = {
  es: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

/** "1 oct 2026" / "1 Oct 2026" from `2026-10-01`, written out here, not by the app's code. */
function dateWords(lang: Lang, iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[lang][(month ?? 1) - 1]} ${year}`;
}

/** "16:41" (or Spanish "9:05") — the wall time of `at` in `zone`. */
function wallTime(lang: Lang, at: string, zone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(at));
  return lang === 'es' ? text.replace(/^0(?=\d:)/, '') : text;
}

const zones = ['America/Santiago', 'America/Bogota', 'Europe/Madrid'] as const;
const langs: Lang[] = ['es', 'en'];

// each walk signs in and loads several screens: on a shared, loaded machine that takes a while
describe.skipIf(browserMissing !== null)(
  'figures people can trust, in the browser',
  { timeout: 120_000 },
  () => {
    const stage = stageForFile();

    /** A signed-in page with the browser in `zone`, the app in `lang`. */
    async function open(zone: string, lang: Lang, email: string, options = {}): Promise<Page> {
      const context = await stage().browser.newContext({
        viewport: { width: 1280, height: 860 },
        locale: lang === 'es' ? 'es-CL' : 'en-GB',
        timezoneId: zone,
        ...options,
      });
      await context.addInitScript(`localStorage.setItem('pacta.locale', '${lang}')`);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(stage().baseUrl);
      await signIn(page, email);
      return page;
    }

    const api = async <T>(page: Page, path: string): Promise<T> =>
      (await page.context().request.get(`${stage().baseUrl}${path}`)).json() as Promise<T>;

    for (const zone of zones) {
      for (const lang of langs) {
        it(`in ${zone}, ${lang}: dates are the dates they are, instants in the contract's named zone`, async () => {
          const page = await open(zone, lang, 'agente@soporteandino.demo');
          expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
            zone,
          );
          const contracts = await api<{ id: string; name: string; start: string }[]>(
            page,
            '/api/contracts',
          );
          const contract = contracts.find((c) => c.name === 'Soporte Salesforce Infinity 25');
          if (!contract) throw new Error('the demo contract is missing');

          // item 1: the contract's start date and its period, as calendar dates
          await page.goto(`${stage().baseUrl}/contracts`);
          const row = page.getByRole('row', { name: new RegExp(contract.name) });
          await row.waitFor();
          expect(await row.textContent()).toContain(dateWords(lang, contract.start));
          await page.goto(`${stage().baseUrl}/contracts/${contract.id}`);
          const balance = await api<{
            availableMinutes: number;
            period: { start: string; lastDay: string };
            grants: { expiresOn: string | null; remainingMinutes: number }[];
          }>(page, `/api/contracts/${contract.id}/balance`);
          const title = page.locator('#balance-title');
          await title.waitFor();
          expect(await title.textContent()).toContain(
            `${dateWords(lang, balance.period.start)} – ${dateWords(lang, balance.period.lastDay)}`,
          );

          // item 4: what can be used now, never "expired" for an open period
          const usable = page.locator('[data-segment=usable] dd');
          const hours = balance.availableMinutes / 60;
          expect(await usable.textContent()).toMatch(new RegExp(`^${String(hours)}([.,]\\d+)? h$`));
          const statement = await page
            .getByRole('region', { name: /statement|Extracto/ })
            .textContent();
          expect(statement).not.toMatch(/^Expired|Vencidas\d/m);
          expect(statement).toMatch(
            lang === 'es' ? /Vencen al cierre si no se usan/ : /unless used/,
          );

          // item 5: ledger kinds in words
          const types = await page.locator('.ledger tbody tr td:nth-child(3)').allTextContents();
          expect(types.length).toBeGreaterThan(0);
          for (const code of ['grant', 'consume', 'expire', 'overage', 'approval', 'adjust']) {
            expect(types).not.toContain(code);
          }

          // item 2: a ticket's deadline in the contract's zone, named, with the viewer's time beside
          const { tickets } = await api<{ tickets: { id: string; contractId: string }[] }>(
            page,
            `/api/tickets?contractId=${contract.id}`,
          );
          const ours = tickets.find((t) => t.contractId === contract.id);
          if (!ours) throw new Error('the demo contract has no ticket');
          const detail = await api<{
            timeZone: string;
            sla: Record<string, { due: string | null } | null>;
          }>(page, `/api/tickets/${ours.id}`);
          expect(detail.timeZone).toBe('America/Santiago');
          await page.goto(`${stage().baseUrl}/tickets/${ours.id}`);
          const clockName = (['firstResponse', 'resolution'] as const).find(
            (name) => detail.sla[name]?.due,
          );
          const due = clockName ? detail.sla[clockName]?.due : null;
          if (!clockName || !due) throw new Error('the demo ticket has no deadline');
          const instant = page.locator(`[data-clock=${clockName}] time.instant`).first();
          await instant.waitFor();
          const text = (await instant.textContent()) ?? '';
          expect(await instant.getAttribute('data-zone')).toBe('America/Santiago');
          expect(text).toContain(wallTime(lang, due, 'America/Santiago'));
          expect(text).toContain(lang === 'es' ? 'hora de Chile' : 'Chile');
          const local = instant.locator('.instant__local');
          if (wallTime(lang, due, zone) === wallTime(lang, due, 'America/Santiago')) {
            expect(await local.count()).toBe(0);
          } else {
            expect(await local.textContent()).toContain(wallTime(lang, due, zone));
            expect(await local.textContent()).toContain(lang === 'es' ? 'en su hora' : 'your time');
          }
          await screenshot(page, `trust-ticket-${zone.replace('/', '-')}-${lang}`);
          await page.context().close();
        });
      }
    }

    it('after an action the SLA explanation stays in English in the English app', async () => {
      const page = await open('America/Bogota', 'en', 'agente@soporteandino.demo');
      await page.locator('tr[data-ticket] th a').first().click();
      const clock = page.locator('[data-clock=firstResponse]');
      await clock.waitFor();
      await page.getByLabel('Message').fill('Looking into it.');
      await page.getByRole('button', { name: 'Add internal note' }).click();
      await page.getByRole('status').getByText('Internal note added.').waitFor();
      const steps = await page.locator('.timeline li').allTextContents();
      expect(steps.length).toBeGreaterThan(0);
      expect(steps.join(' ')).not.toMatch(/objetivo|hábil|vence|ticket abierto/i);
      await page.context().close();
    });

    for (const lang of langs) {
      it(`${lang}: a too-long time entry is refused at its field; an unknown ticket says not found`, async () => {
        const page = await open('America/Santiago', lang, 'agente@soporteandino.demo');
        await page.locator('tr[data-ticket] th a').first().click();
        const time = page.getByRole('region', {
          name: lang === 'es' ? 'Registrar tiempo' : 'Log time',
        });
        await time.getByLabel(lang === 'es' ? 'Horas trabajadas' : 'Hours worked').fill('25');
        await time.getByLabel(lang === 'es' ? 'Minutos' : 'Minutes').fill('30');
        await time
          .getByRole('button', { name: lang === 'es' ? 'Registrar tiempo' : 'Log time' })
          .click();
        await time
          .locator('#time-hours-hint.field-error')
          .getByText(lang === 'es' ? /como máximo 24 h/ : /at most 24 h/)
          .waitFor();

        await page.goto(`${stage().baseUrl}/tickets/00000000-0000-4000-8000-000000000000`);
        await page
          .getByRole('heading', {
            name: lang === 'es' ? 'Ticket no encontrado' : 'Ticket not found',
          })
          .waitFor();
        expect(await page.getByText(lang === 'es' ? 'Cargando…' : 'Loading…').count()).toBe(0);
        await page.context().close();
      });
    }

    it('a reply being typed survives an expired session as a draft', async () => {
      const page = await open('Europe/Madrid', 'es', 'agente@soporteandino.demo');
      await page.locator('tr[data-ticket] th a').first().click();
      const address = page.url();
      const draft = 'Hemos revisado el flujo y el disparador estaba desactivado.';
      await page.getByLabel('Mensaje').fill(draft);
      await page.context().clearCookies();
      await page.reload();
      await signIn(page, 'agente@soporteandino.demo');
      if (page.url() !== address) await page.goto(address);
      await expect.poll(() => page.getByLabel('Mensaje').inputValue()).toBe(draft);
      await page.context().close();
    });

    it('the calendar editor flags an unknown zone at its field, above the sticky save bar', async () => {
      const page = await open('America/Bogota', 'es', 'admin@soporteandino.demo');
      await page.goto(`${stage().baseUrl}/calendars`);
      await page.locator('table a').first().click();
      const zoneField = page.getByLabel('Zona horaria');
      await zoneField.fill('America/Bogotá');
      await page.getByRole('button', { name: 'Guardar' }).click();
      const error = page.locator('#f-spec-timeZone-error');
      await error.getByText(/no es una zona horaria conocida/).waitFor();
      await error.scrollIntoViewIfNeeded();
      const bar = await page.locator('.form-actions--sticky').boundingBox();
      const box = await error.boundingBox();
      if (!bar || !box) throw new Error('the error or the save bar is not on screen');
      expect(box.y + box.height <= bar.y || box.y >= bar.y + bar.height).toBe(true);
      await page.context().close();
    });

    for (const lang of langs) {
      it(`${lang}: on a 390-px phone the ledger fits and the deadlines come before the conversation`, async () => {
        const page = await open('America/Santiago', lang, 'agente@soporteandino.demo', phone);
        const contracts = await api<{ id: string; name: string }[]>(page, '/api/contracts');
        const contract = contracts.find((c) => c.name === 'Soporte Salesforce Infinity 25');
        await page.goto(`${stage().baseUrl}/contracts/${contract?.id}`);
        const ledger = page.locator('table.ledger');
        await ledger.waitFor();
        const fits = await ledger.evaluate((table) => {
          const region = table.closest('.table-region');
          return region ? region.scrollWidth <= region.clientWidth + 1 : false;
        });
        expect(fits).toBe(true);
        await screenshot(page, `trust-phone-ledger-${lang}`);

        await page.goto(`${stage().baseUrl}/queue`);
        await page.locator('tr[data-ticket] th a').first().click();
        await page.locator('.conversation').waitFor();
        const sla = await page.locator('.sla-panel').boundingBox();
        const conversation = await page.locator('.conversation').boundingBox();
        expect(sla && conversation && sla.y < conversation.y).toBe(true);
        await page.context().close();
      });
    }
  },
);
