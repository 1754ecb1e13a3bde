/**
 * From a quote to a project in the browser (seeds 002 and 003): the account manager drafts a
 * quote on Tienda Sol's Infinity 25 contract in Madrid (hours × the plan's UF 1.10 rate and a
 * fixed amount, exact to the UF's four decimals) and sends it; the client's decision-maker, in
 * Santiago, reads it in the portal and approves it; the project page shows the quote's lines as
 * its first backlog items, and — once the team and RACI are named — the RACI matrix with its CSV,
 * and the product owner moves a story with the keyboard. The validity date never shifts a day.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, browserMissing, openAs, screenshot, showsOr, stageForFile } from './browser.js';

const providerEmail = 'cuentas@soporteandino.demo';
const decisionMakerEmail = 'decisor@tiendasol.demo';
const title = 'Segmentación y formularios';
const segmentation = 'Segmentación de campañas';
const forms = 'Formularios de captación';
const licence = 'Licencia del conector';

type Quote = { id: string; contractId: string; versions: { validUntil: string }[] };

/** A calendar date as a person reads it, written independently of the app's formatter. */
function dateText(date: string): string {
  return new Intl.DateTimeFormat('es-ES', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    Date.parse(`${date}T12:00:00Z`),
  );
}

describe.skipIf(browserMissing !== null)(
  'a quote becomes a project in the browser (seeds 002 and 003)',
  { timeout: 300_000 },
  () => {
    const stage = stageForFile();
    let quote: Quote;
    let projectUrl = '';

    /** A signed-in page in Spanish with the browser in `zone`. */
    const open = (zone: string, email: string) =>
      openAs(stage(), { zone, lang: 'es', browserLocale: 'es-CL', email });
    const api = <T>(page: Page, method: string, path: string, data?: object) =>
      apiAs<T>(stage(), page, method, path, data);
    const shows = (page: Page, locator: Locator, name: string) =>
      showsOr(page, locator, `projects-failure-${name}`);

    it('the account manager drafts a quote with exact UF amounts and sends it', async () => {
      const page = await open('Europe/Madrid', providerEmail);
      await page.getByRole('navigation').getByRole('link', { name: 'Cotizaciones' }).click();
      await page.getByRole('link', { name: 'Nueva cotización' }).click();
      const form = page.getByRole('form', { name: 'Nueva cotización' });
      await shows(page, form, 'new');
      await form.getByLabel('Título').fill(title);
      await form.getByLabel('Línea 1: descripción').fill(segmentation);
      await form.getByLabel('Línea 1: horas estimadas').fill('7,5');
      expect(await form.getByLabel('Línea 1: valor hora (UF)').inputValue()).toMatch(/^1,10*$/);
      await form.getByRole('button', { name: 'Añadir una línea' }).click();
      await form.getByLabel('Línea 2: descripción').fill(forms);
      await form.getByLabel('Línea 2: horas estimadas').fill('0,25');
      await form.getByRole('button', { name: 'Añadir una línea' }).click();
      await form.getByLabel('Línea 3: tipo').selectOption('fixed');
      await form.getByLabel('Línea 3: descripción').fill(licence);
      await form.getByLabel('Línea 3: importe (UF)').fill('2,5');
      // 7.5 h × 1.10 = 8.25; 15 min × 1.10 = 0.2750; + 2.50 = 11.0250 UF
      await shows(page, form.getByText('En total: 7,75 h, UF 11,025'), 'total');
      await form.getByRole('button', { name: 'Guardar borrador' }).click();
      await shows(page, page.getByRole('heading', { name: title }), 'saved');
      await page.getByRole('button', { name: 'Enviar al decisor del cliente' }).click();
      await shows(page, page.getByText('Cotización enviada al decisor del cliente.'), 'sent');
      const contractId = page.url().split('/').at(-2) ?? '';
      const list = await api<{ items: Quote[] }>(
        page,
        'GET',
        `/api/quotes/contracts/${contractId}/quotes`,
      );
      quote = list.items.at(-1) as Quote;
      const validUntil = quote.versions.at(-1)?.validUntil ?? '';
      expect(await page.locator('.quote-version').textContent()).toContain(
        `Válida hasta el ${dateText(validUntil)} inclusive.`,
      );
      await screenshot(page, 'quote-sent');
      await page.context().close();
    });

    it('the decision-maker approves it in the portal and opens the project', async () => {
      const page = await open('America/Santiago', decisionMakerEmail);
      await page.getByRole('navigation').getByRole('link', { name: 'Cotizaciones' }).click();
      const card = page.getByRole('region', { name: title });
      await shows(page, card, 'portal');
      const text = (await card.textContent()) ?? '';
      expect(text).toContain('UF 8,25');
      expect(text).toContain('UF 0,275');
      expect(text).toContain('UF 11,025');
      expect(text).toContain(
        `Válida hasta el ${dateText(quote.versions.at(-1)?.validUntil ?? '')}`,
      );
      await card.getByRole('button', { name: `Aprobar «${title}», versión 1` }).click();
      await shows(
        page,
        card.getByText('Cotización aprobada: el proyecto ha comenzado.'),
        'approved',
      );
      await card.getByRole('link', { name: 'Ver el proyecto' }).click();
      await shows(
        page,
        page.getByRole('heading', { name: 'Presupuesto y horas usadas' }),
        'project',
      );
      projectUrl = page.url();
      const backlog = page.getByRole('region', { name: 'Pila del producto (backlog)' });
      const stories = await backlog.locator('.backlog__story strong').allTextContents();
      expect(stories).toEqual([segmentation, forms, licence]);
      expect(await page.getByTestId('project-budget').textContent()).toContain('de 7,75 h');
      await screenshot(page, 'project-from-quote');
      await page.context().close();
    });

    it('with the team and RACI named, the page shows the matrix and the product owner reorders', async () => {
      const provider = await open('Europe/Madrid', providerEmail);
      const client = await open('America/Santiago', decisionMakerEmail);
      const me = await api<{ user: { id: string } }>(client, 'GET', '/api/me');
      const path = new URL(projectUrl).pathname.replace('/portal/projects/', '');
      const [contractId, projectId] = path.split('/');
      const base = `/api/projects/contracts/${contractId}/projects/${projectId}`;
      await api(provider, 'PUT', `${base}/team`, {
        scheme: 'scrum',
        members: [
          {
            id: 'andres',
            name: 'Andrés Gómez',
            side: 'client',
            userId: me.user.id,
            roles: ['product_owner'],
          },
          { id: 'sofia', name: 'Sofía Romero', side: 'provider', roles: ['scrum_master'] },
          { id: 'diego', name: 'Diego Castro', side: 'provider', roles: ['development_team'] },
        ],
        productOwnerId: 'andres',
      });
      await api(provider, 'PUT', `${base}/raci`, {
        items: [
          {
            id: 'kickoff',
            name: 'Reunión de kick-off',
            kind: 'task',
            phase: 'kick_off',
            assignments: [
              { memberId: 'andres', role: 'A' },
              { memberId: 'sofia', role: 'R' },
              { memberId: 'diego', role: 'I' },
            ],
          },
        ],
      });
      await client.goto(projectUrl);
      const raci = client.getByRole('region', { name: 'Matriz RACI' }).first();
      await shows(client, client.getByRole('row', { name: /Reunión de kick-off/ }), 'raci');
      const cells = await client
        .getByRole('row', { name: /Reunión de kick-off/ })
        .locator('td')
        .allTextContents();
      expect(cells).toEqual(['A', 'R', 'I']);
      const csv = await raci.getByRole('link', { name: 'Matriz RACI en CSV' }).getAttribute('href');
      expect(csv).toBe(`${base}/raci.csv?locale=es`);
      const down = client.getByRole('button', { name: `Bajar «${segmentation}»` });
      await down.focus();
      await client.keyboard.press('Enter');
      const backlog = client.locator('.backlog__story strong');
      await expect.poll(() => backlog.allTextContents()).toEqual([forms, segmentation, licence]);
      await screenshot(client, 'project-raci-backlog');
      await provider.goto(`${stage().baseUrl}/projects/${contractId}/${projectId}`);
      await provider.getByRole('button', { name: 'Planificar la hoja de ruta' }).click();
      await shows(provider, provider.locator('.gantt__row[data-phase="maintenance"]'), 'gantt');
      const planned = await api<{ phases: { key: string; start: string; end: string }[] }>(
        provider,
        'GET',
        base,
      );
      const kickOff = provider.locator('.roadmap-table').getByRole('row', { name: /Arranque/ });
      const kickOffPlan = planned.phases.find((p) => p.key === 'kick_off');
      expect(await kickOff.locator('td').first().textContent()).toBe(
        dateText(kickOffPlan?.start ?? ''),
      );
      expect(await kickOff.locator('td').nth(1).textContent()).toBe(
        dateText(kickOffPlan?.end ?? ''),
      );
      await screenshot(provider, 'project-roadmap');
      await provider.context().close();
      await client.context().close();
    });
  },
);
