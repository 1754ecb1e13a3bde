import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { bulkUpdateTickets } from './bulk-update-tickets.js';
import { changeTicketStatus } from './change-ticket-status.js';
import { readTicket } from './read-ticket.js';
import { updateTicket } from './update-ticket.js';

describe('assignment and bulk changes', () => {
  it('each picked ticket changes on its own: a refused status move leaves that ticket untouched and the others changed', async () => {
    const { modules, seeded, open, command, store } = await deskApp();
    const first = await open();
    const second = await open();
    await changeTicketStatus({ ...command(seeded.actors.agent, second.id), status: 'resolved' });
    await changeTicketStatus({ ...command(seeded.actors.agent, second.id), status: 'closed' });
    const results = await bulkUpdateTickets({
      ...command(seeded.actors.agent, ''),
      ticketIds: [first.id, second.id, first.id],
      change: { status: 'waiting_client', assigneeId: seeded.users.agent.id, criticality: 'low' },
    });
    expect(results).toEqual([
      { ticketId: first.id, ok: true },
      expect.objectContaining({ ticketId: second.id, ok: false, code: 'rule_violation' }),
    ]);
    const stored = (id: string) => store.tables.tickets.find((t) => t.id === id);
    expect(stored(first.id)).toMatchObject({
      status: 'waiting_client',
      assigneeId: seeded.users.agent.id,
      criticality: 'low',
    });
    expect(stored(second.id)).toMatchObject({
      status: 'closed',
      assigneeId: null,
      criticality: 'high',
    });
    const history = (
      await readTicket({ ...modules.desk, actor: seeded.actors.agent, ticketId: first.id })
    ).history;
    expect(history.at(-1)?.changes).toEqual([
      { field: 'assignee', from: null, to: seeded.users.agent.id },
    ]);
  });

  it('a bulk change needs tickets and something to change; clients may not bulk-change', async () => {
    const { seeded, open, command } = await deskApp();
    const ticket = await open();
    const bulk = (actor: typeof seeded.actors.agent, ids: string[], change: object) =>
      bulkUpdateTickets({ ...command(actor, ''), ticketIds: ids, change });
    await expect(bulk(seeded.actors.agent, [], { criticality: 'low' })).rejects.toMatchObject({
      path: 'ticketIds',
    });
    await expect(bulk(seeded.actors.agent, [ticket.id], {})).rejects.toMatchObject({
      path: 'change',
    });
    // a role that may never change tickets is refused once, up front, not ticket by ticket
    await expect(
      bulk(seeded.actors.client_requester, [ticket.id], { criticality: 'low' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('only active provider staff or the managing partner’s agents can be assigned; a partner assigns within its team', async () => {
    const { seeded, open, command } = await deskApp();
    const direct = await open();
    const assign = (actor: typeof seeded.actors.agent, ticketId: string, assigneeId: string) =>
      updateTicket({ ...command(actor, ticketId), update: { assigneeId } });
    await expect(
      assign(seeded.actors.agent, direct.id, seeded.users.client_requester.id),
    ).rejects.toMatchObject({ path: 'assigneeId' });
    await expect(
      assign(seeded.actors.agent, direct.id, seeded.users.partner_agent.id),
    ).rejects.toMatchObject({ path: 'assigneeId' });
    const managed = await open(seeded.actors.partner_agent, {
      contractId: seeded.managedContract.contract.id,
      requesterId: seeded.users.managed_requester.id,
    });
    expect(
      await assign(seeded.actors.agent, managed.id, seeded.users.partner_agent.id),
    ).toMatchObject({ assigneeId: seeded.users.partner_agent.id });
    await expect(
      assign(seeded.actors.partner_agent, managed.id, seeded.users.agent.id),
    ).rejects.toMatchObject({ path: 'assigneeId' });
  });
});
