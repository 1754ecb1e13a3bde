/** The contacts pages and the public unsubscribe page in the browser (seed 003). */
import { describe, it } from 'vitest';
import { browserMissing, newPage, screenshot, signIn, stageForFile } from './browser.js';

const title = browserMissing
  ? `contacts in the web [SKIPPED: ${browserMissing}]`
  : 'contacts in the web';

describe.skipIf(browserMissing !== null)(title, () => {
  const stage = stageForFile();

  it('an administrator finds a contact, opens its 360° view and corrects a field, the old value kept in the history', async () => {
    const page = await newPage(stage(), { locale: 'es-ES', timezoneId: 'America/Santiago' });
    await signIn(page, 'admin@soporteandino.demo');
    await page.getByRole('navigation').getByRole('link', { name: 'Contactos' }).click();
    await page.getByRole('heading', { name: 'Contactos', level: 1 }).waitFor();
    await page.getByLabel('Nombre o correo').fill('solicitante@tiendasol');
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Datos guardados' }).waitFor();
    await page.getByRole('heading', { name: 'Historial' }).waitFor();
    await page.getByRole('link', { name: 'Descargar (PDF)' }).waitFor();
    await page.getByLabel('Campo').selectOption('jobTitle');
    await page.getByLabel('Valor correcto').fill('Jefa de compras');
    await page.getByLabel('Motivo').fill('pedido por la titular');
    await page.getByRole('button', { name: 'Guardar la rectificación' }).click();
    await page.getByText('Cargo rectificado.').waitFor();
    await page.getByRole('cell', { name: 'pedido por la titular' }).waitFor();
    await page.getByRole('cell', { name: '→ Jefa de compras' }).waitFor();
    await screenshot(page, 'contact-360');
  });

  it('an unsubscribe link opens without signing in and says plainly when links are not available', async () => {
    const page = await newPage(stage(), { locale: 'en-US' });
    await page.goto(`${stage().baseUrl}/unsubscribe/u1.e30.abc`);
    await page.getByRole('heading', { name: 'Unsubscribe' }).waitFor();
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByText('Unsubscribe links are not available').waitFor();
  });
});
