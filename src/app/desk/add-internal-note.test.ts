import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { addInternalNote } from './add-internal-note.js';
import { readTicket } from './read-ticket.js';

describe('addInternalNote', () => {
  it('a note is never a response, never a replied event, and clients never see it', async () => {
    const { store, modules, seeded, open, command } = await deskApp();
    const ticket = await open();
    const noted = await addInternalNote({
      ...command(seeded.actors.agent, ticket.id),
      body: 'Revisar logs',
    });
    expect(noted.slaState).toBe('running');
    expect(store.tables.outbox.map((r) => r.event.type)).toEqual(['ticket.opened']);
    const asClient = await readTicket({
      ...modules.desk,
      actor: seeded.actors.client_requester,
      ticketId: ticket.id,
    });
    expect(asClient.messages.map((m) => m.visibility)).toEqual(['public']);
    await expect(
      addInternalNote({ ...command(seeded.actors.client_requester, ticket.id), body: 'x' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
