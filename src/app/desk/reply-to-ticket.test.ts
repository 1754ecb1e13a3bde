import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { readTicket } from './read-ticket.js';
import { replyToTicket } from './reply-to-ticket.js';

describe('replyToTicket', () => {
  it('the provider’s first public reply meets the first response; an automatic one does not', async () => {
    const { store, modules, clock, seeded, open, command } = await deskApp();
    const ticket = await open();
    clock.advance(3.5 * 3600_000); // 12:30 UTC, 09:30 in Santiago: inside the hour
    const reply = (automatic: boolean) =>
      replyToTicket({ ...command(seeded.actors.agent, ticket.id), body: 'Revisando', automatic });
    await reply(true);
    const view = () =>
      readTicket({ ...modules.desk, actor: seeded.actors.agent, ticketId: ticket.id });
    expect((await view()).sla.firstResponse?.state).not.toBe('met');
    await reply(false);
    expect((await view()).sla.firstResponse?.state).toBe('met');
    const replied = store.tables.outbox.filter((r) => r.event.type === 'ticket.replied');
    expect(replied.map((r) => r.event.payload)).toMatchObject([
      { from: 'provider', automatic: true },
      { from: 'provider', automatic: false, authorId: seeded.users.agent.id },
    ]);
  });

  it('a client reply wakes a ticket waiting on it; a closed ticket takes no reply', async () => {
    const { seeded, open, command } = await deskApp();
    const ticket = await open();
    const agent = command(seeded.actors.agent, ticket.id);
    const client = command(seeded.actors.client_requester, ticket.id);
    await replyToTicket({
      ...agent,
      body: '¿Captura?',
      automatic: false,
      setStatus: 'waiting_client',
    });
    expect((await replyToTicket({ ...client, body: 'Adjunta', automatic: false })).status).toBe(
      'open',
    );
    await replyToTicket({ ...agent, body: 'Listo', automatic: false, setStatus: 'resolved' });
    const { changeTicketStatus } = await import('./change-ticket-status.js');
    await changeTicketStatus({ ...agent, status: 'closed' });
    await expect(
      replyToTicket({ ...client, body: 'Otra', automatic: false }),
    ).rejects.toMatchObject({
      code: 'rule_violation',
    });
  });
});
