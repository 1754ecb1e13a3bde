import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { logTicketTime } from './log-ticket-time.js';

describe('logTicketTime', () => {
  it('time logged on a ticket goes through the hour bank, the ticket being its conversation; audited on the ticket', async () => {
    const { store, seeded, open, command } = await deskApp();
    const ticket = await open();
    const log = (minutes: number, actor = seeded.actors.agent) =>
      logTicketTime({ ...command(actor, ticket.id), minutes, firstContact: true, note: null });
    const logged = await log(25);
    expect(logged.charge.minutes).toBe(60);
    expect(logged.work).toMatchObject({
      ticketRef: ticket.id,
      conversationRef: ticket.id,
      kind: 'question',
    });
    expect(store.tables.audit.at(-1)?.resourceId).toBe(`${ticket.id}/${logged.work.id}`);
    await expect(log(10, seeded.actors.partner_agent)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
