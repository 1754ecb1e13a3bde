import { describe, expect, it } from 'vitest';
import { waitFor } from '../support/processes.js';
import { apiAs, browserMissing, newPage, screenshot, signIn, stageForFile } from './browser.js';

describe.skipIf(browserMissing !== null)('reports in the browser', () => {
  const stage = stageForFile();

  it('the account manager reads the statement, issues it, sees the compliance chart; the decision-maker finds it archived in the portal', async () => {
    const page = await newPage(stage(), { locale: 'es-ES', timezoneId: 'America/Bogota' });
    await signIn(page, 'cuentas@soporteandino.demo');
    // The demo's closed periods are archived by the period-close event, seconds after start-up.
    const contracts = await apiAs<{ id: string; name: string }[]>(
      stage(),
      page,
      'GET',
      '/api/contracts',
    );
    const infinity = contracts.find((c) => c.name === 'Soporte Salesforce Infinity 25');
    await waitFor('the period-close issues of the demo', async () => {
      const path = `/api/contracts/${infinity?.id}/reports`;
      const issues = await apiAs<{ reason: string }[]>(stage(), page, 'GET', path);
      return issues.some((issue) => issue.reason === 'scheduled');
    });
    await page.getByRole('link', { name: 'Contratos' }).click();
    await page.getByRole('link', { name: 'Soporte Salesforce Infinity 25' }).click();
    const reports = page.getByRole('region', { name: 'Informes' });
    await reports.getByRole('heading', { name: 'Estado de cuenta de la bolsa de horas' }).waitFor();
    await reports.getByText('Saldo final').first().waitFor();
    const pdf = await reports.getByRole('link', { name: 'Descargar PDF' }).getAttribute('href');
    expect(pdf).toMatch(/\/reports\/statement\?period=\d{4}-\d\d-\d\d&lang=es&format=pdf$/);
    await reports.getByRole('button', { name: 'Emitir y archivar' }).click();
    await reports.getByRole('status').getByText('Emitido como versión 1.').waitFor();
    // The demo's closed periods were archived at close; the one issued by hand is version 1 of this period.
    const byHand = /Estado de cuenta de la bolsa de horas.*A mano/;
    await reports.getByRole('row', { name: byHand }).waitFor();
    expect(
      await reports.getByRole('row', { name: /Al cierre del período/ }).count(),
    ).toBeGreaterThan(0);
    await reports.getByRole('combobox', { name: /^Informe/ }).selectOption({
      label: 'Cumplimiento de ANS',
    });
    await reports.getByRole('img', { name: /Últimos 12 períodos/ }).waitFor();
    await screenshot(page, 'reports-compliance');
    await page.context().close();

    const portal = await newPage(stage(), { locale: 'es-ES', timezoneId: 'America/Santiago' });
    await signIn(portal, 'decisor@tiendasol.demo');
    await portal.getByRole('link', { name: 'Horas' }).click();
    const archived = portal.getByRole('row', {
      name: /Estado de cuenta de la bolsa de horas.*A mano/,
    });
    await archived.waitFor();
    expect(await archived.getByRole('link', { name: 'PDF' }).getAttribute('href')).toMatch(
      /^\/api\/reports\/[\w-]+\?lang=es&format=pdf$/,
    );
    await portal.context().close();
  });
});
