import { describe, expect, it } from 'vitest';
import { browserMissing, newPage, phone, screenshot, signIn, stageForFile } from './browser.js';

const required = process.env.CI === 'true';
if (browserMissing && !required) {
  process.stderr.write(`\n!! browser tests are SKIPPED: ${browserMissing}\n\n`);
}

if (browserMissing && required) {
  describe('browser tests with CI=true', () => {
    it('need Chromium (apt-get install -y chromium)', () => {
      expect(browserMissing).toBeNull();
    });
  });
}

const title = browserMissing ? `the web app [SKIPPED: ${browserMissing}]` : 'the web app';

describe.skipIf(browserMissing !== null)(title, () => {
  const stage = stageForFile();

  it('a client user signs in and lands in the portal, in their own language', async () => {
    const page = await newPage(stage(), { locale: 'en-US' });
    await page.getByRole('heading', { name: 'Sign in to Pacta' }).waitFor();
    await signIn(page, 'solicitante@tiendasol.demo');
    await page.getByRole('heading', { name: 'Mis tickets' }).waitFor();
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Mis tickets',
      'Horas',
      'Trabajo de la agencia',
      'Proyectos',
      'Mi cuenta',
      'Centro de ayuda',
    ]);
    await page.getByRole('button', { name: 'Nuevo ticket' }).waitFor();
    await nav.getByRole('link', { name: 'Horas' }).click();
    await page.getByRole('heading', { name: 'Horas' }).waitFor();
    expect(await page.getByText(/bolsa de horas/).isVisible()).toBe(true);
    await page.goto(`${stage().baseUrl}/admin/users`);
    await page.getByRole('heading', { name: 'Mis tickets' }).waitFor();
    await screenshot(page, 'portal-client');
    await page.context().close();
  });

  it('the admin creates a user, sees field errors in Spanish, then the user in the list', async () => {
    const page = await newPage(stage(), { locale: 'es-ES' });
    await signIn(page, 'admin@soporteandino.demo');
    await page.getByRole('link', { name: 'Usuarios' }).click();
    await page.getByRole('heading', { name: 'Usuarios' }).waitFor();
    await page.getByRole('button', { name: 'Nuevo usuario' }).click();
    const form = page.getByRole('form', { name: 'Nuevo usuario' });
    await form.getByLabel('Nombre completo').fill('Carmen Núñez');
    await form.getByLabel('Correo electrónico').fill('no-es-un-correo');
    await form.getByLabel('Organización').selectOption({ label: 'Tienda Sol · Cliente' });
    await form.getByLabel('Rol').selectOption({ label: 'Solicitante' });
    await form.getByRole('button', { name: 'Crear' }).click();
    const email = form.getByLabel('Correo electrónico');
    await form.locator('.field-error').first().waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain('No es válido');
    await screenshot(page, 'admin-user-field-error');

    await email.fill('carmen@tiendasol.demo');
    await form.getByLabel('Idioma').selectOption('en');
    await form.getByLabel('Contraseña').fill('una-clave-larga-2026');
    await form.getByRole('button', { name: 'Crear' }).click();
    await page.getByRole('status').getByText('Se ha añadido a Carmen Núñez.').waitFor();
    const row = page.getByRole('row', { name: /Carmen Núñez/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('carmen@tiendasol.demo');
    expect(await row.textContent()).toContain('Solicitante');
    await screenshot(page, 'admin-users');
    await page.context().close();
  });

  it('the admin edits a calendar, sees field errors, the week preview and the due time', async () => {
    const page = await newPage(stage(), { locale: 'es-ES', timezoneId: 'Europe/Madrid' });
    await signIn(page, 'admin@soporteandino.demo');
    await page.getByRole('link', { name: 'Calendarios' }).click();
    await page.getByRole('link', { name: 'Nuevo calendario' }).click();
    await page.getByLabel('Nombre', { exact: true }).fill('Soporte Madrid');
    await page.getByLabel('Zona horaria').fill('Europe/Madrid');
    const monday1 = page.getByRole('group', { name: 'lunes, intervalo 1' });
    await monday1.getByLabel('Abre').fill('25:00');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await monday1.getByText('No es válido en un calendario').waitFor();
    expect(await monday1.getByLabel('Abre').getAttribute('aria-invalid')).toBe('true');
    // the summary names the field by the form's label, never by its internal path
    const summary = await page.getByRole('alert').textContent();
    expect(summary).toContain('Abre: No es válido en un calendario');
    expect(summary).not.toContain('spec.week');

    await monday1.getByLabel('Abre').fill('08:00');
    await monday1.getByLabel('Cierra').fill('12:00');
    await page.getByRole('button', { name: 'Añadir un intervalo al lunes' }).click();
    const monday2 = page.getByRole('group', { name: 'lunes, intervalo 2' });
    await monday2.getByLabel('Abre').fill('14:00');
    await monday2.getByLabel('Cierra').fill('18:00');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByRole('heading', { name: 'Calendario: Soporte Madrid' }).waitFor();
    expect(page.url()).toMatch(/\/calendars\/[0-9a-f-]{36}$/);

    const preview = page.getByRole('region', { name: 'Horario de apertura' });
    const monday = preview.getByRole('listitem').first();
    await monday.getByText('14:00–18:00').waitFor({ state: 'attached' });
    expect(await monday.getByText('08:00–12:00').count()).toBe(1);
    expect(await preview.textContent()).toContain('Abierto 44 h esta semana');
    expect(await preview.getByRole('listitem').nth(6).textContent()).toContain('Cerrado');

    const due = page.getByRole('region', { name: 'Vencimiento si se abre ahora' });
    await due.getByLabel('Horas hábiles').fill('2');
    await due.getByRole('button', { name: 'Calcular' }).click();
    await due.getByText(/^Vence el /).waitFor();
    expect(await due.textContent()).toContain('Horas en Europe/Madrid.');
    await screenshot(page, 'calendar-editor');
    await page.context().close();
  });

  it('switching the language relabels the app and is remembered over the user locale', async () => {
    const page = await newPage(stage(), { locale: 'es-ES' });
    await signIn(page, 'admin@soporteandino.demo');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Usuarios' }).waitFor();
    await page.getByLabel('Idioma').selectOption('en');
    await nav.getByRole('link', { name: 'Users' }).waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Dashboard',
      'Queue',
      'Contracts',
      'Quotes',
      'Projects',
      'Calendars',
      'Contacts',
      'Campaigns',
      'Knowledge base',
      'Help centre',
      'Users',
      'Organisations',
      'Plans',
      'Audit log',
      'Mail',
      'Legal holds',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await nav.getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page
      .getByRole('row', { name: /signed in/ })
      .first()
      .waitFor();
    await screenshot(page, 'language-english');
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Registro de auditoría' }).waitFor();
    await page.context().close();
  });

  it('on a phone the console folds its navigation behind a menu button', async () => {
    const page = await newPage(stage(), { locale: 'es-ES', ...phone });
    await signIn(page, 'agente@soporteandino.demo');
    const menu = page.getByRole('button', { name: 'Menú' });
    await menu.waitFor();
    expect(await page.getByRole('link', { name: 'Calendarios' }).isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('link', { name: 'Usuarios' }).count()).toBe(0);
    await screenshot(page, 'phone-menu');
    await page.getByRole('link', { name: 'Calendarios' }).click();
    await page.getByRole('heading', { name: 'Calendarios' }).waitFor();
    expect(await page.getByText('Solo los administradores pueden modificar').isVisible()).toBe(
      true,
    );
    await screenshot(page, 'phone-calendars');
    await page.context().close();
  });
});
