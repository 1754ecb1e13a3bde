/**
 * The agent workspace in Chromium (issue 11, items 10–14): the queue's pages, sorts and filters
 * kept in the address, whole-row links, assignment from the ticket and in bulk, a ticket opened
 * by phone for a requester, the ticket header, history and time entries, and the partner's
 * first line with escalation — in Spanish and in English.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserMissing, newPage, screenshot, signIn, stageForFile } from './browser.js';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const screenshots = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
const flow = 'El flujo de aprobación de oportunidades no se dispara';
const field = 'Campo personalizado en el informe de casos';
const blocked = 'Usuario bloqueado';
const phoned = 'Llamada: no llegan los correos de casos';
const partnered = 'Importación de catálogo fallida';

/** Waits for a value the page reaches (generously: the machine running the suite may be loaded). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 30_000 });

/** A page that waits as long as {@link poll} for what it looks for. */
async function patientPage(...args: Parameters<typeof newPage>): Promise<Page> {
  const page = await newPage(...args);
  page.setDefaultTimeout(30_000);
  return page;
}

/** The subjects of the queue's rows, top to bottom. */
function subjects(page: Page): Promise<string[]> {
  return page.locator('tr[data-ticket] th a').allTextContents();
}

function row(page: Page, subject: string) {
  return page.locator('tr[data-ticket]', { has: page.getByRole('link', { name: subject }) });
}

async function openTicket(page: Page, subject: string) {
  await page.getByRole('link', { name: subject }).click();
  await page.getByRole('heading', { name: new RegExp(subject) }).waitFor();
}

function saveForDocs(name: string) {
  if (process.env.UPDATE_DOCS !== '1') return;
  mkdirSync(docs, { recursive: true });
  copyFileSync(`${screenshots}${name}.png`, `${docs}${name}.png`);
}

describe.skipIf(browserMissing !== null)(
  'the agent workspace in the browser',
  { timeout: 240_000 },
  () => {
    const stage = stageForFile();

    it('queue: a page with its total; sort and filters live in the address, Back restores them; a whole row opens its ticket', async () => {
      const page = await patientPage(stage(), { locale: 'es-ES', timezoneId: 'America/Santiago' });
      await signIn(page, 'agente@soporteandino.demo');
      await page.getByRole('heading', { name: 'Cola' }).waitFor();
      await page.getByText('Tickets 1–3 de 3.').waitFor();
      await page.getByRole('button', { name: 'Asunto' }).click();
      await poll(() => page.url()).toContain('sort=subject');
      await poll(() => subjects(page)).toEqual([field, flow, blocked]);
      await page.getByRole('button', { name: 'Asunto' }).click();
      await poll(() => page.url()).toContain('direction=desc');
      await poll(() => subjects(page)).toEqual([blocked, flow, field]);
      await page.getByLabel('Criticidad').selectOption('high');
      await poll(() => subjects(page)).toEqual([flow]);
      expect(page.url()).toContain('criticality=high');
      await page.goBack();
      await poll(() => subjects(page)).toEqual([blocked, flow, field]);
      expect(await page.getByLabel('Criticidad').inputValue()).toBe('');
      await page.goto(`${stage().baseUrl}/queue?assignee=unassigned&sort=subject`);
      await poll(() => subjects(page)).toEqual([field, flow, blocked]);
      expect(await page.getByLabel('Asignado a').inputValue()).toBe('unassigned');
      await row(page, blocked).locator('td', { hasText: 'Tienda Sol' }).click();
      await page.getByRole('heading', { name: new RegExp(blocked) }).waitFor();
      await page.context().close();
    });

    it('assignment: "assign to me" from the ticket shows in the header and history; bulk status and criticality from the queue, a refused move reported', async () => {
      const page = await patientPage(stage(), { locale: 'es-ES' });
      await signIn(page, 'agente@soporteandino.demo');
      await openTicket(page, flow);
      await page.getByRole('button', { name: 'Asignarme' }).click();
      await poll(() => page.getByTestId('ticket-assignee').locator('select').inputValue()).not.toBe(
        '',
      );
      await page.getByText('Asignado a: Sin asignar → Diego Castro').waitFor();
      await page.getByRole('link', { name: 'Cola' }).click();
      await page.getByLabel('Asignado a').selectOption('mine');
      await poll(() => subjects(page)).toEqual([flow]);
      await page.getByLabel('Asignado a').selectOption('');
      await poll(() => subjects(page)).toHaveLength(3);

      for (const subject of [field, blocked])
        await row(page, subject).getByRole('checkbox').check();
      const bulk = page.getByRole('form', { name: 'Cambiar 2 tickets elegidos' });
      await bulk.getByLabel('Estado').selectOption('resolved');
      await bulk.getByRole('button', { name: 'Aplicar a los tickets elegidos' }).click();
      await page
        .getByRole('alert')
        .getByText(/El ticket #\d+ no se cambió/)
        .waitFor();
      await poll(() => row(page, field).textContent()).toContain('Resuelto');

      for (const subject of [field, blocked])
        await row(page, subject).getByRole('checkbox').check();
      await bulk.getByLabel('Criticidad').selectOption('low');
      await bulk.getByRole('button', { name: 'Aplicar a los tickets elegidos' }).click();
      await poll(() => row(page, field).locator('.crit').textContent()).toBe('Baja');
      expect(await row(page, blocked).locator('.crit').textContent()).toBe('Baja');
      await page.context().close();
    });

    it('an agent opens a ticket by phone for an authorised requester; the header names them, the history says who opened it; time is logged with a note and a date', async () => {
      const page = await patientPage(stage(), { locale: 'es-ES' });
      await signIn(page, 'agente@soporteandino.demo');
      await page.getByRole('button', { name: 'Nuevo ticket para un cliente' }).click();
      const form = page.getByRole('form', { name: 'Nuevo ticket para un cliente' });
      await form.getByLabel('Contrato').selectOption({ label: 'Soporte Salesforce Infinity 25' });
      await form.getByLabel('Solicitante').selectOption({ label: 'Andrés Gómez' });
      await form.getByLabel('Llegó por').selectOption('phone');
      await form.getByLabel('Criticidad').selectOption('medium');
      await form.getByLabel('Asunto').fill(phoned);
      await form
        .getByLabel('Descripción')
        .fill('Llamó el decisor: los correos de casos no llegan.');
      await form.getByRole('button', { name: 'Crear' }).click();
      await page
        .getByRole('status')
        .getByText(/Se ha abierto el ticket n\.º \d+/)
        .waitFor();
      await openTicket(page, phoned);
      expect(await page.getByTestId('ticket-requester').textContent()).toBe('Andrés Gómez');
      await page.locator('.ticket-header').getByText('Teléfono').waitFor();
      await page.getByText('Diego Castro abrió el ticket (Teléfono)').waitFor();

      // The contract's day (Santiago), not UTC's: late in the evening there, UTC's date is tomorrow.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Santiago' }).format(
        Date.now(),
      );
      const time = page.getByRole('region', { name: 'Registrar tiempo' });
      await time.getByLabel('Horas trabajadas').fill('0,5');
      await time.getByLabel('Fecha del trabajo').fill(today);
      await time.getByLabel('Nota del trabajo').fill('Revisión del buzón de casos');
      await time.getByLabel('Primer contacto de una conversación').check();
      await time.getByRole('button', { name: 'Registrar tiempo' }).click();
      const entries = page.getByRole('region', { name: 'Registros de tiempo', exact: true });
      const entry = entries.getByRole('row', { name: /Revisión del buzón de casos/ });
      await entry.waitFor();
      expect(await entry.textContent()).toContain('Diego Castro');
      expect(await entry.locator('td').nth(4).textContent()).toMatch(/^1 h/);
      await screenshot(page, 'agent-ticket-workspace');
      saveForDocs('agent-ticket-workspace');
      await page.context().close();
    });

    it('partner first line (seed 001): its own queue, a ticket for its client, a shared note, escalation; the provider sees it escalated, the client sees none of it', async () => {
      const partner = await patientPage(stage(), { locale: 'es-ES', timezoneId: 'America/Bogota' });
      await signIn(partner, 'agente@partnercloud.demo');
      await partner.getByRole('heading', { name: 'Cola de primera línea' }).waitFor();
      await partner.getByText('Tickets 0–0 de 0.').waitFor();
      await partner.getByRole('button', { name: 'Nuevo ticket para un cliente' }).click();
      const form = partner.getByRole('form', { name: 'Nuevo ticket para un cliente' });
      await form.getByLabel('Solicitante').selectOption({ label: 'Elena Soto' });
      await form.getByLabel('Llegó por').selectOption('chat');
      await form.getByLabel('Asunto').fill(partnered);
      await form.getByLabel('Descripción').fill('La importación del CSV se corta a la mitad.');
      await form.getByRole('button', { name: 'Crear' }).click();
      await openTicket(partner, partnered);
      expect(await partner.getByTestId('ticket-requester').textContent()).toBe('Elena Soto');
      await partner.getByLabel('Mensaje').fill('Revisado el CSV: el fallo es del PIM.');
      await partner.getByRole('button', { name: 'Añadir nota interna' }).click();
      await partner
        .locator('.message--internal')
        .getByText('Nota para proveedor y partner')
        .waitFor();
      const escalate = partner.getByRole('region', { name: 'Escalar al proveedor' });
      await escalate
        .getByLabel('Por qué se necesita al proveedor')
        .fill('Necesitamos al fabricante.');
      await escalate.getByRole('button', { name: 'Escalar' }).click();
      await partner.getByRole('status').getByText('Escalado al proveedor.').waitFor();
      await screenshot(partner, 'partner-ticket');

      const agent = await patientPage(stage(), { locale: 'es-ES' });
      await signIn(agent, 'agente@soporteandino.demo');
      await agent.getByLabel('Escalado por un partner').selectOption('true');
      await poll(() => subjects(agent)).toEqual([partnered]);
      await row(agent, partnered).getByText('Escalado').waitFor();
      await openTicket(agent, partnered);
      await agent.getByText('Revisado el CSV: el fallo es del PIM.').waitFor();
      await agent.getByText('Pablo Ruiz escaló el ticket al proveedor').waitFor();
      await agent.getByLabel('Mensaje').fill('Solo para el proveedor: revisar el parser.');
      await agent.getByRole('button', { name: 'Añadir nota interna' }).click();
      await agent.getByRole('status').getByText('Nota interna añadida.').waitFor();

      await partner.reload();
      await partner.getByText('Necesitamos al fabricante.').waitFor();
      expect(await partner.getByText('Solo para el proveedor').count()).toBe(0);

      const client = await patientPage(stage(), { locale: 'es-ES' });
      await signIn(client, 'soporte@cafemontana.demo');
      await openTicket(client, partnered);
      await client.getByText('La importación del CSV se corta a la mitad.').waitFor();
      const text = (await client.locator('#main').textContent()) ?? '';
      for (const hidden of [
        'Revisado el CSV',
        'Necesitamos al fabricante',
        'Solo para el proveedor',
      ])
        expect(text).not.toContain(hidden);
      expect(text).not.toContain('escaló');
      for (const p of [partner, agent, client]) await p.context().close();
    });

    it('in English: the queue’s columns, page and filters, and the ticket’s header, history and assignment are in English', async () => {
      const page = await patientPage(stage(), { locale: 'en-US', timezoneId: 'Europe/Madrid' });
      await signIn(page, 'agente@soporteandino.demo');
      await page.getByLabel('Idioma').selectOption('en');
      await page.getByRole('heading', { name: 'Queue' }).waitFor();
      await page.getByText(/Tickets 1–\d+ of \d+\./).waitFor();
      await page.getByRole('button', { name: 'Assignee' }).waitFor();
      await page.getByLabel('Assignee').selectOption('unassigned');
      await poll(() => page.url()).toContain('assignee=unassigned');
      await screenshot(page, 'agent-queue-workspace');
      saveForDocs('agent-queue-workspace');
      await openTicket(page, phoned);
      await page.getByText('Diego Castro opened the ticket (Phone)').waitFor();
      await page.getByRole('button', { name: 'Assign to me' }).click();
      await page.getByText('Assignee: Unassigned → Diego Castro').waitFor();
      const header = page.locator('.ticket-header');
      for (const label of ['Client', 'Contract', 'Requester', 'Channel', 'Level', 'Assignee'])
        await header.locator('dt', { hasText: label }).first().waitFor();
      await page.getByRole('region', { name: 'Time entries', exact: true }).waitFor();
      await page.context().close();
    });
  },
);
