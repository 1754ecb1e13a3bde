import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { addInternalNote } from './add-internal-note.js';
import { escalateTicket } from './escalate-ticket.js';
import { readTicket } from './read-ticket.js';

describe('partner first line (seed 001)', () => {
  async function managedTicket() {
    const app = await deskApp();
    const { seeded } = app;
    const ticket = await app.open(seeded.actors.partner_agent, {
      contractId: seeded.managedContract.contract.id,
      requesterId: seeded.users.managed_requester.id,
      channel: 'chat',
    });
    return { ...app, ticket };
  }

  it('a partner escalates once with a reason the client never reads; the clocks do not move', async () => {
    const { modules, seeded, ticket, command } = await managedTicket();
    const escalated = await escalateTicket({
      ...command(seeded.actors.partner_agent, ticket.id),
      reason: 'Necesitamos al fabricante',
    });
    expect(escalated.escalatedAt).not.toBeNull();
    expect(escalated.slaDueAt).toEqual(ticket.slaDueAt);
    await expect(
      escalateTicket({ ...command(seeded.actors.partner_agent, ticket.id), reason: 'x' }),
    ).rejects.toMatchObject({ code: 'rule_violation' });
    await expect(
      escalateTicket({ ...command(seeded.actors.agent, ticket.id), reason: 'x' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const asClient = await readTicket({
      ...modules.desk,
      actor: seeded.actors.managed_requester,
      ticketId: ticket.id,
    });
    expect(asClient.messages.map((m) => m.body)).not.toContain('Necesitamos al fabricante');
    expect(asClient.history.map((h) => h.action)).toEqual(['opened']);
  });

  it('partner notes are shared with the provider; provider notes stay the provider’s; a partner cannot write a provider-only note', async () => {
    const { modules, seeded, ticket, command } = await managedTicket();
    const note = (actor: typeof seeded.actors.agent, body: string, audience?: 'internal') =>
      addInternalNote({ ...command(actor, ticket.id), body, audience });
    await note(seeded.actors.partner_agent, 'del partner');
    await note(seeded.actors.agent, 'del proveedor');
    await expect(note(seeded.actors.partner_agent, 'x', 'internal')).rejects.toMatchObject({
      path: 'audience',
    });
    const bodies = async (actor: typeof seeded.actors.agent) =>
      (await readTicket({ ...modules.desk, actor, ticketId: ticket.id })).messages.map(
        (m) => m.body,
      );
    expect(await bodies(seeded.actors.agent)).toEqual([
      expect.any(String),
      'del partner',
      'del proveedor',
    ]);
    expect(await bodies(seeded.actors.partner_agent)).toEqual([expect.any(String), 'del partner']);
    expect(await bodies(seeded.actors.managed_requester)).toHaveLength(1);
  });

  it('a provider note shared with the partner needs a partner that manages the client', async () => {
    const { seeded, open, command } = await deskApp();
    const direct = await open();
    await expect(
      addInternalNote({
        ...command(seeded.actors.agent, direct.id),
        body: 'x',
        audience: 'partner',
      }),
    ).rejects.toMatchObject({ path: 'audience' });
  });
});
