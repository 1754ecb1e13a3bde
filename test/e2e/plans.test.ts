import { describe, expect, it } from 'vitest';
import { browserMissing, newPage, phone, screenshot, signIn, stageForFile } from './browser.js';

const planName = 'Infinity 50 Clínica';
const contractName = 'Soporte Clínica Norte Infinity 50';

/** The first day of the current month where the seed-002 calendar lives (the contract's "today"). */
function firstOfMonth(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Santiago' }).format(
    new Date(),
  );
  return `${today.slice(0, 8)}01`;
}

describe.skipIf(browserMissing !== null)('plans and contracts in the browser', () => {
  const stage = stageForFile();

  it('the admin makes a plan from a preset, signs Clínica Norte on it, and growth shows in the bank', async () => {
    const page = await newPage(stage(), { locale: 'es-ES' });
    await signIn(page, 'admin@soporteandino.demo');

    await page.getByRole('link', { name: 'Planes' }).click();
    await page.getByRole('heading', { name: 'Planes', level: 1 }).waitFor();
    await page
      .getByText('Planes Infinity del partner de Salesforce — PLANES INFINITY: Infinity 50,')
      .waitFor();
    await page.getByRole('button', { name: 'Nuevo plan', exact: true }).click();
    await page.getByLabel('Partir de un plan de referencia').selectOption({ label: 'Infinity 50' });
    const planForm = page.getByRole('form', { name: 'Nuevo plan' });
    await planForm.getByText('El acuerdo fija todos los parámetros.').waitFor();
    expect(await planForm.getByLabel('Calendario laboral').inputValue()).toBe(
      'seed-002-mon-fri-09-18',
    );
    await planForm.getByLabel('Nombre').fill(planName);
    await planForm.getByRole('button', { name: 'Crear' }).click();
    await page.getByRole('status').getByText(`Se ha creado el plan «${planName}».`).waitFor();
    const row = page.getByRole('row', { name: new RegExp(planName) });
    expect(await row.textContent()).toContain('UF 60,00');
    expect(await row.textContent()).toContain('50 h');
    await screenshot(page, 'plans');

    await page.getByRole('link', { name: 'Contratos' }).click();
    await page.getByRole('button', { name: 'Nuevo contrato' }).click();
    const contractForm = page.getByRole('form', { name: 'Nuevo contrato' });
    await contractForm.getByLabel('Cliente').selectOption({ label: 'Clínica Norte' });
    await contractForm.getByLabel('Plan', { exact: true }).selectOption({ label: planName });
    await contractForm.getByLabel('Nombre del contrato').fill(contractName);
    await contractForm.getByLabel('Fecha de inicio').fill(firstOfMonth());
    await contractForm.getByRole('button', { name: 'Crear' }).click();
    await page.getByRole('heading', { name: contractName, level: 1 }).waitFor();
    await page
      .getByRole('status')
      .getByText(`Se ha creado el contrato «${contractName}»`)
      .waitFor();
    const left = page.locator('[data-segment=usable] dd');
    expect(await left.textContent()).toBe('50 h');

    const requesters = page.getByRole('form', { name: 'Solicitantes autorizados' });
    await requesters.getByLabel('Marta Ríos').check();
    await requesters.getByLabel('Jorge Vidal').check();
    await requesters.getByText('El plan permite hasta 3; elegidos: 2.').waitFor();
    await requesters.getByRole('button', { name: 'Guardar solicitantes' }).click();
    await requesters
      .getByRole('status')
      .getByText('Solicitantes autorizados guardados: 2.')
      .waitFor();

    await page.getByRole('button', { name: 'Añadir ampliación temporal' }).click();
    const growth = page.getByRole('form', { name: 'Añadir ampliación temporal' });
    await growth.getByLabel('Horas extra por periodo').fill('10');
    await growth.getByLabel('Número de periodos').fill('0');
    await growth.getByRole('button', { name: 'Añadir' }).click();
    await growth.locator('#f-periods-error').getByText('No es válido').waitFor();
    await growth.getByLabel('Número de periodos').fill('2');
    await growth.getByRole('button', { name: 'Añadir' }).click();
    await page.getByRole('status').getByText('Se ha añadido la ampliación temporal.').waitFor();
    await page.getByRole('cell', { name: '+10 h por periodo durante 2 periodos' }).waitFor();
    await page.locator('[data-segment=usable] dd', { hasText: '60 h' }).waitFor();
    await page.getByRole('heading', { name: /^Bolsa de horas/ }).scrollIntoViewIfNeeded();
    await screenshot(page, 'contract-growth');
    await page.context().close();
  });

  it('the plans page reads on a phone, in English', async () => {
    const page = await newPage(stage(), { ...phone, locale: 'en-GB' });
    await signIn(page, 'admin@soporteandino.demo');
    await page.evaluate("localStorage.setItem('pacta.locale', 'en')");
    await page.goto(`${stage().baseUrl}/admin/plans`);
    await page.getByRole('heading', { name: 'Plans', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New plan from Starter or Connect account' }).click();
    const form = page.getByRole('form', { name: 'New plan' });
    await form.getByLabel('Hours per period').fill('abc');
    await form.getByRole('button', { name: 'Create' }).click();
    await form.getByText('Enter a number of hours greater than zero').first().waitFor();
    await screenshot(page, 'plans-phone');
    await page.context().close();
  });
});
