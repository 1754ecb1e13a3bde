import { describe, expect, it } from 'vitest';
import { browserMissing, newPage, screenshot, signIn, stageForFile } from './browser.js';

describe.skipIf(browserMissing !== null)('reports in the browser', () => {
  const stage = stageForFile();

  it('the account manager reads the statement, issues it, sees the compliance chart; the decision-maker finds it archived in the portal', async () => {
    const page = await newPage(stage(), { locale: 'es-ES', timezoneId: 'America/Bogota' });
    await signIn(page, 'cuentas@soporteandino.demo');
    await page.getByRole('link', { name: 'Contratos' }).click();
    await page.getByRole('link', { name: 'Soporte Salesforce Infinity 25' }).click();
    const reports = page.getByRole('region', { name: 'Informes' });
    await reports.getByRole('heading', { name: 'Estado de cuenta de la bolsa de horas' }).waitFor();
    await reports.getByText('Saldo final').first().waitFor();
    const pdf = await reports.getByRole('link', { name: 'Descargar PDF' }).getAttribute('href');
    expect(pdf).toMatch(/\/reports\/statement\?period=\d{4}-\d\d-\d\d&lang=es&format=pdf$/);
    await reports.getByRole('button', { name: 'Emitir y archivar' }).click();
    await reports.getByRole('status').getByText('Emitido como versión 1.').waitFor();
    const row = reports.getByRole('row', { name: /Estado de cuenta de la bolsa de horas/ });
    expect(await row.textContent()).toContain('A mano');
    await reports.getByLabel('Informe', { exact: true }).selectOption({
      label: 'Cumplimiento de ANS',
    });
    await reports.getByRole('img', { name: /Últimos 12 períodos/ }).waitFor();
    await screenshot(page, 'reports-compliance');
    await page.context().close();

    const portal = await newPage(stage(), { locale: 'es-ES', timezoneId: 'America/Santiago' });
    await signIn(portal, 'decisor@tiendasol.demo');
    await portal.getByRole('link', { name: 'Horas' }).click();
    const archived = portal.getByRole('row', { name: /Estado de cuenta de la bolsa de horas/ });
    await archived.waitFor();
    expect(await archived.getByRole('link', { name: 'PDF' }).getAttribute('href')).toMatch(
      /^\/api\/reports\/[\w-]+\?lang=es&format=pdf$/,
    );
    await portal.context().close();
  });
});
