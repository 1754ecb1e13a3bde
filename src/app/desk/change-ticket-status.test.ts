import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { changeTicketStatus } from './change-ticket-status.js';

describe('changeTicketStatus', () => {
  it('moves along the status machine, each move an event; waiting before any question does not pause; an unknown transition is refused', async () => {
    const { store, seeded, open, command } = await deskApp();
    const ticket = await open();
    const move = (status: Parameters<typeof changeTicketStatus>[0]['status']) =>
      changeTicketStatus({ ...command(seeded.actors.agent, ticket.id), status });
    await expect(move('closed')).rejects.toMatchObject({ code: 'rule_violation' });
    await expect(move('waiting_vendor')).rejects.toMatchObject({ code: 'rule_violation' });
    // nothing was asked yet: waiting on the client does not pause the first-response clock
    expect((await move('waiting_client')).slaState).toBe('running');
    expect((await move('resolved')).status).toBe('resolved');
    expect((await move('closed')).nextCheckAt).toBeNull();
    expect(store.tables.outbox.slice(1).map((r) => r.event.payload)).toEqual([
      { ticketId: ticket.id, from: 'new', to: 'waiting_client' },
      { ticketId: ticket.id, from: 'waiting_client', to: 'resolved' },
      { ticketId: ticket.id, from: 'resolved', to: 'closed' },
    ]);
  });
});
