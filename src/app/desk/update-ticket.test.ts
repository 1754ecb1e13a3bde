import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { updateTicket } from './update-ticket.js';

describe('updateTicket', () => {
  it('a criticality change keeps the business time used and applies the new target; each SLA change is an event', async () => {
    const { store, clock, seeded, open, command } = await deskApp();
    const ticket = await open();
    clock.advance(3.5 * 3600_000); // 30 business minutes of the high target used
    const updated = await updateTicket({
      ...command(seeded.actors.agent, ticket.id),
      update: { criticality: 'medium', level: 'L2' },
    });
    expect(updated).toMatchObject({ criticality: 'medium', level: 'L2' });
    expect(store.tables.ticketEvents.map((e) => e.event.type)).toEqual([
      'opened',
      'criticality_changed',
      'level_changed',
    ]);
  });

  it('a criticality the plan lacks is refused by field; a client may not edit', async () => {
    const { store, seeded, open, command } = await deskApp();
    const ticket = await open();
    const rows = store.tables.contractRows;
    const row = rows[0];
    if (!row) throw new Error('no contract');
    rows[0] = {
      ...row,
      plan: { ...row.plan, responseTargets: { ...row.plan.responseTargets, low: null } },
    };
    await expect(
      updateTicket({ ...command(seeded.actors.agent, ticket.id), update: { criticality: 'low' } }),
    ).rejects.toMatchObject({ path: 'criticality' });
    await expect(
      updateTicket({
        ...command(seeded.actors.client_requester, ticket.id),
        update: { subject: 'x' },
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('only provider staff, or the managing partner’s agents, can be a ticket’s assignee: others are refused at assigneeId', async () => {
    const { seeded, open, command } = await deskApp();
    const ticket = await open();
    const assign = (assigneeId: string | null) =>
      updateTicket({ ...command(seeded.actors.agent, ticket.id), update: { assigneeId } });
    const { users } = seeded;
    for (const nobody of [
      'no-such-user',
      users.client_requester.id,
      users.other_requester.id,
      users.partner_agent.id, // Partner Cloud does not manage Tienda Sol
    ]) {
      await expect(assign(nobody), nobody).rejects.toMatchObject({
        code: 'invalid_input',
        path: 'assigneeId',
      });
    }
    for (const staff of [users.agent.id, users.account_manager.id, null]) {
      expect((await assign(staff)).assigneeId).toBe(staff);
    }
  });
});
