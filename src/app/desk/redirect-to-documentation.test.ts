import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../test/factories/knowledge.js';
import { deskApp } from '../../../test/fakes/tickets.js';
import { addInternalNote } from './add-internal-note.js';
import { logTicketTime } from './log-ticket-time.js';
import { replyToTicket } from './reply-to-ticket.js';
import { updateTicket } from './update-ticket.js';

const helpCentreUrl = 'https://soporte.example.com';
const published = buildArticle({ id: 'pub', slug: 'exportar-informes' });
const draft = buildArticle({ id: 'dra', slug: 'borrador', status: 'draft' });

async function redirectDesk() {
  const app = await deskApp();
  app.store.tables.articles.push(published, draft);
  const ticket = await app.open();
  const agent = app.command(app.seeded.actors.agent, ticket.id);
  const redirect = () =>
    updateTicket({ ...agent, helpCentreUrl, update: { outcome: 'redirected_to_documentation' } });
  return { ...app, ticket, agent, redirect };
}

describe('redirected to documentation (seed 001: “Redirige a nuestra documentación”)', () => {
  it('a ticket is redirected to documentation only when a public reply links a published public article', async () => {
    const { agent, redirect } = await redirectDesk();
    await expect(redirect()).rejects.toMatchObject({
      rule: 'redirect_without_article',
      path: 'outcome',
    });
    await addInternalNote({ ...agent, body: `Ver ${helpCentreUrl}/help/es/exportar-informes` });
    await expect(redirect()).rejects.toMatchObject({ rule: 'redirect_without_article' });
    await replyToTicket({
      ...agent,
      body: `Mira ${helpCentreUrl}/help/es/borrador`,
      automatic: false,
    });
    await expect(redirect()).rejects.toMatchObject({ rule: 'article_not_public' });
  });

  it('a ticket redirected to documentation is charged as a first-contact answer, never waiting for approval', async () => {
    const { agent, redirect, seeded, open, command } = await redirectDesk();
    const log = (ticketId: string) =>
      logTicketTime({
        ...command(seeded.actors.agent, ticketId),
        minutes: 10,
        firstContact: false,
        note: null,
      });
    const unanswered = await open();
    expect((await log(unanswered.id)).charge.approvalRequired).toBe(true);
    await replyToTicket({
      ...agent,
      body: `Está explicado en [Exportar informes](${helpCentreUrl}/help/es/exportar-informes).`,
      automatic: false,
    });
    expect((await redirect()).outcome).toBe('redirected_to_documentation');
    const logged = await log(agent.ticketId);
    expect(logged.charge.approvalRequired).toBe(false);
    expect(logged.charge.minutes).toBe(60); // seed 002's minimum per ticket
  });
});
