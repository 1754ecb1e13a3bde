/**
 * One sprint of seed 004 in the browser, on a Bogotá calendar with Colombia's holidays, set up
 * through the API for today's sprint: the agency's staff open the contract, read the sprint's
 * business days and ceremonies, take an activity from the intake into the sprint and deliver two
 * deliverables; the client's decision-maker approves one in the portal and asks for changes on
 * the other, saying why. Every screen is read in both languages with the browser in Bogotá, in
 * Madrid and in Santiago (a zone with summer time): the sprint's business dates never shift a
 * day, instants read in Bogotá's zone with the viewer's own time beside them where it differs.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/i18n/index.js';
import { signBogotaRetainer } from './agency-contract.js';
import { apiAs, browserMissing, openAs, screenshot, showsOr, stageForFile } from './browser.js';

type Lang = 'es' | 'en';
type Sprint = {
  number: number;
  startDate: string;
  endDate: string;
  businessDays: string[];
  closedDays: string[];
};
type Board = {
  currentSprint: Sprint | null;
  ceremonies: { key: string; start: string }[];
  deliverables: { id: string; title: string; state: string; round: number }[];
};

const staffEmail = 'cuentas@soporteandino.demo';
const decisionMakerEmail = 'decisor@tiendasol.demo';
const landing = 'Landing de la campaña de Navidad';
const emails = 'Secuencia de correos de bienvenida';
const activity = 'Publicar el calendario de eventos';
const outOfScope = 'Integrar el CRM con la tienda';

/** A calendar date as the person reads it, written independently of the app's formatter. */
function dateText(lang: Lang, date: string): string {
  return new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(Date.parse(`${date}T12:00:00Z`));
}

/** Monday of this week in Bogotá, minus `weeks` weeks. */
function bogotaMonday(weeks: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(Date.now());
  const noon = Date.parse(`${today}T12:00:00Z`);
  const sinceMonday = (new Date(noon).getUTCDay() + 6) % 7;
  return new Date(noon - (sinceMonday + 7 * weeks) * 86_400_000).toISOString().slice(0, 10);
}

describe.skipIf(browserMissing !== null)(
  'one agency sprint in the browser (seed 004)',
  { timeout: 300_000 },
  () => {
    const stage = stageForFile();
    let contractId = '';
    let sprint: Sprint;

    /** A signed-in page with the browser in `zone` and the app in `lang`. */
    const open = (zone: string, lang: Lang, email: string) =>
      openAs(stage(), { zone, lang, browserLocale: lang === 'es' ? 'es-CO' : 'en-GB', email });
    const api = <T>(page: Page, method: string, path: string, data?: object) =>
      apiAs<T>(stage(), page, method, path, data);
    const shows = (page: Page, locator: Locator) => showsOr(page, locator, 'agency-failure');

    const board = (page: Page) =>
      api<Board>(page, 'GET', `/api/agency/contracts/${contractId}/board`);

    /** What the sprint line must read in `lang`, from the API's business dates. */
    function sprintLine(lang: Lang, current: Sprint): string {
      const closed = current.closedDays;
      const line = translate(lang, 'agency.board.sprint', {
        number: current.number,
        from: dateText(lang, current.startDate),
        until: dateText(lang, current.endDate),
        days: current.businessDays.length,
      });
      if (closed.length === 0) return line;
      const dates = closed.map((d) => dateText(lang, d)).join(', ');
      return `${line} · ${translate(lang, 'agency.board.closed', { dates })}`;
    }

    it('the administrator puts a Tienda Sol contract on the agile plan, two weeks into operation', async () => {
      const admin = await open('America/Bogota', 'es', 'admin@soporteandino.demo');
      const operationStart = bogotaMonday(2);
      contractId = await signBogotaRetainer(
        stage(),
        admin,
        { calendar: 'Bogotá agencia', plan: 'Retainer agile', contract: 'Inbound Tienda Sol' },
        operationStart,
      );
      const users = await api<{ id: string; email: string }[]>(admin, 'GET', '/api/users');
      const id = (email: string) => users.find((u) => u.email === email)?.id;
      await api(admin, 'PUT', `/api/agency/contracts/${contractId}/setup`, {
        operationStart,
        people: [
          { personId: id(staffEmail), side: 'agency', role: 'strategist' },
          { personId: id('admin@soporteandino.demo'), side: 'agency', role: 'sponsor' },
          {
            personId: id(decisionMakerEmail),
            side: 'client',
            role: 'decision_maker',
            availabilityPercent: 30,
          },
          { personId: id('solicitante@tiendasol.demo'), side: 'client', role: 'sponsor' },
        ],
      });
      const read = await board(admin);
      if (read.currentSprint === null) throw new Error('no sprint in progress two weeks in');
      sprint = read.currentSprint;
      expect(sprint.startDate).toBe(bogotaMonday(0));
      const lastDay = sprint.businessDays.at(-1);
      for (const title of [landing, emails]) {
        await api(admin, 'POST', `/api/agency/contracts/${contractId}/deliverables`, {
          title,
          sprintNumber: sprint.number,
          ownerId: id(staffEmail),
          due: `${lastDay}T17:00:00-05:00`,
        });
      }
      await admin.context().close();

      const decider = await open('Europe/Madrid', 'en', decisionMakerEmail);
      for (const title of [activity, outOfScope]) {
        const suggested = await api<{ id: string }>(
          decider,
          'POST',
          `/api/agency/contracts/${contractId}/activities`,
          { title },
        );
        await api(
          decider,
          'POST',
          `/api/agency/contracts/${contractId}/activities/${suggested.id}/channel`,
        );
      }
      await decider.context().close();
    });

    it('the strategist, in Spanish in Bogotá, reads the sprint, takes an activity into it and delivers', async () => {
      const page = await open('America/Bogota', 'es', staffEmail);
      await page.goto(`${stage().baseUrl}/contracts/${contractId}`);
      const section = page.getByRole('region', { name: translate('es', 'agency.board.title') });
      const read = await board(page);
      await shows(page, section.getByText(sprintLine('es', sprint), { exact: true }));

      const ceremonies = section.getByRole('region', { name: 'Ceremonias del sprint' });
      const refinement = read.ceremonies.find(
        (c) => c.key === `sprint-${sprint.number}/refinement`,
      );
      const review = read.ceremonies.find((c) => c.key === `sprint-${sprint.number}/review`);
      if (!refinement || !review) throw new Error('the sprint has no refinement or review');
      for (const [ceremony, name] of [
        [refinement, 'Refinamiento del sprint'],
        [review, 'Review del sprint'],
      ] as const) {
        const item = ceremonies.locator(`[data-ceremony="${ceremony.key}"]`);
        expect(await item.textContent()).toContain(name);
        expect(await item.locator('time').getAttribute('datetime')).toBe(ceremony.start);
      }

      await section
        .getByRole('button', { name: `Llevar «${activity}» al sprint ${sprint.number}` })
        .click();
      await section.getByText(`«${activity}» está en el sprint ${sprint.number}.`).waitFor();
      await section.getByText(`${activity} — En un sprint ${sprint.number}`).waitFor();

      // declined as out of scope with the agency's estimate: a quote for the decision-maker
      const decline = section.locator('details.intake-decline').filter({ hasText: 'Rechazar…' });
      await decline.first().locator('summary').click();
      const form = section.getByRole('form', { name: `Rechazar «${outOfScope}»` });
      await form
        .getByLabel('Razón, tal como la leerá el decisor')
        .fill('Requiere una integración nueva');
      await form.getByLabel('Horas estimadas').fill('3,5');
      await form.getByRole('button', { name: 'Rechazar' }).click();
      await section.getByText(`«${outOfScope}» quedó rechazada.`).waitFor();
      await section
        .getByRole('link', { name: translate('es', 'agency.board.quoteLink') })
        .waitFor();

      // the next sprint's refinement is cancelled, with why, from the board
      const next = `sprint-${sprint.number + 1}/refinement`;
      const upcoming = ceremonies.locator(`[data-ceremony="${next}"]`);
      await upcoming.locator('summary').click();
      await upcoming.getByLabel('Cancelarla').check();
      await upcoming.getByLabel('Por qué').fill('Feriado de la empresa');
      await upcoming.getByRole('button', { name: 'Cancelar la ceremonia' }).click();
      await upcoming.getByText('Feriado de la empresa', { exact: false }).waitFor();

      for (const title of [landing, emails]) {
        await section.getByRole('button', { name: `Empezar «${title}»` }).click();
        await section.getByRole('button', { name: `Entregar «${title}»` }).click();
        await section.getByText(`«${title}» entregado`, { exact: false }).first().waitFor();
      }
      const clock = section.getByRole('region', { name: `Respuesta a «${landing}»` });
      await clock.getByText(/en un máximo de 16 horas hábiles/).waitFor();
      await clock.getByText(/La respuesta vence el/).waitFor();
      await screenshot(page, 'agency-board-staff-es');
      await page.context().close();
    });

    it('the decision-maker, in English in Madrid, approves one delivery and asks for changes on the other', async () => {
      const page = await open('Europe/Madrid', 'en', decisionMakerEmail);
      await page.getByRole('link', { name: 'Agency work' }).click();
      await page.getByRole('heading', { name: 'Agency work', level: 1 }).waitFor();
      const section = page.getByRole('region', { name: 'Agency board' });
      await section.getByText(sprintLine('en', sprint), { exact: true }).waitFor();
      await shows(
        page,
        section
          .getByRole('region', { name: `Answer to «${emails}»` })
          .getByText(/within 16 business hours/),
      );

      await section.getByRole('button', { name: `Approve «${landing}»` }).click();
      await section.getByText(`«${landing}» approved.`).waitFor();

      await section.getByRole('button', { name: `Ask for changes on «${emails}»` }).click();
      const form = section.getByRole('form', { name: `Changes on «${emails}»` });
      await form
        .getByLabel('What should change, and why')
        .fill('The first e-mail is too long\nUse the brand colours in the header');
      await form.getByRole('button', { name: 'Send the changes' }).click();
      await section.getByText(`Changes on «${emails}» asked for: a new round opens.`).waitFor();

      const after = await board(page);
      const byTitle = (title: string) => after.deliverables.find((d) => d.title === title);
      expect(byTitle(landing)).toMatchObject({ state: 'approved' });
      expect(byTitle(emails)).toMatchObject({ state: 'changes_requested', round: 1 });
      await section
        .getByRole('row', { name: new RegExp(emails) })
        .getByText('Changes requested')
        .waitFor();
      await screenshot(page, 'agency-portal-decision-maker-en');
      await page.context().close();
    });

    for (const [zone, lang, email] of [
      ['Europe/Madrid', 'es', staffEmail],
      ['America/Bogota', 'en', staffEmail],
      ['America/Santiago', 'es', decisionMakerEmail],
      ['Europe/Madrid', 'en', decisionMakerEmail],
    ] as const) {
      it(`in ${zone}, ${lang}, as ${email}: the sprint's business dates are the same dates`, async () => {
        const page = await open(zone, lang, email);
        await page.goto(
          `${stage().baseUrl}${email === staffEmail ? `/contracts/${contractId}` : '/portal/agency'}`,
        );
        const read = await board(page);
        const section = page.getByRole('region', { name: translate(lang, 'agency.board.title') });
        await section.getByText(sprintLine(lang, sprint), { exact: true }).waitFor();
        const review = read.ceremonies.find((c) => c.key === `sprint-${sprint.number}/review`);
        const shown = section.locator(`[data-ceremony="sprint-${sprint.number}/review"] time`);
        expect(await shown.getAttribute('data-zone')).toBe('America/Bogota');
        expect(await shown.getAttribute('datetime')).toBe(review?.start);
        if (zone !== 'America/Bogota' && review) {
          // Beside it, the viewer's own wall time, computed here apart from the app's formatter.
          const own = new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-GB', {
            timeStyle: 'short',
            hourCycle: 'h23',
            timeZone: zone,
          }).format(Date.parse(review.start));
          const local = shown.locator('.instant__local');
          expect(await local.getAttribute('data-local-zone')).toBe(zone);
          expect(await local.textContent()).toContain(own);
        }
        await page.context().close();
      });
    }
  },
);
