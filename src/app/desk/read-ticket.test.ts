import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { addInternalNote } from './add-internal-note.js';
import { readTicket } from './read-ticket.js';

describe('readTicket', () => {
  it('clocks recomputed as of now in the contract’s zone; clients read public messages only', async () => {
    const { modules, clock, seeded, open, command } = await deskApp();
    const ticket = await open();
    await addInternalNote({ ...command(seeded.actors.agent, ticket.id), body: 'Solo interno' });
    clock.advance(4 * 3600_000 + 60_000); // 13:01 UTC: the hour from 12:00 UTC is over
    const read = (actor: typeof seeded.actors.agent) =>
      readTicket({ ...modules.desk, actor, ticketId: ticket.id });
    const staff = await read(seeded.actors.agent);
    expect(staff.timeZone).toBe('America/Santiago');
    expect(staff.sla.firstResponse?.state).toBe('breached');
    expect(staff.messages).toHaveLength(2);
    expect((await read(seeded.actors.client_requester)).messages).toHaveLength(1);
    await expect(read(seeded.actors.other_requester)).rejects.toMatchObject({ code: 'not_found' });
  });
});
