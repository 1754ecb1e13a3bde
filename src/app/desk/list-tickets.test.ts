import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import type { Actor } from '../../domain/identity/policy.js';
import { listNotices, listTickets, type QueueQuery } from './list-tickets.js';
import { updateTicket } from './update-ticket.js';

describe('listTickets', () => {
  it('a requester sees only what it asked, the decision-maker its organisation’s, staff everything they filter', async () => {
    const { modules, seeded, open } = await deskApp();
    const mine = await open();
    const theirs = await open(seeded.actors.agent, {
      requesterId: seeded.users.client_decision_maker.id,
      subject: 'Factura duplicada',
    });
    const list = async (actor: Actor, filter: Partial<QueueQuery> = {}) =>
      (
        await listTickets({
          ...modules.desk,
          actor,
          filter: { sort: 'urgency', direction: 'asc', limit: 50, offset: 0, ...filter },
        })
      ).tickets.map((t) => t.id);
    expect(await list(seeded.actors.client_requester)).toEqual([mine.id]);
    expect(await list(seeded.actors.client_decision_maker)).toHaveLength(2);
    expect(await list(seeded.actors.agent, { text: 'duplicada' })).toEqual([theirs.id]);
    expect(await list(seeded.actors.other_requester)).toEqual([]);
  });

  it('"mine" is the reader’s tickets and "unassigned" nobody’s; the total counts past the page', async () => {
    const { modules, seeded, open, command } = await deskApp();
    const taken = await open();
    const loose = await open();
    await updateTicket({
      ...command(seeded.actors.agent, taken.id),
      update: { assigneeId: seeded.users.agent.id },
    });
    const page = (actor: Actor, filter: Partial<QueueQuery>) =>
      listTickets({
        ...modules.desk,
        actor,
        filter: { sort: 'number', direction: 'asc', limit: 1, offset: 0, ...filter },
      });
    expect(await page(seeded.actors.agent, { assignee: 'mine' })).toMatchObject({
      total: 1,
      tickets: [{ id: taken.id, assigneeName: 'agent' }],
    });
    expect(await page(seeded.actors.account_manager, { assignee: 'mine' })).toEqual({
      tickets: [],
      total: 0,
    });
    expect(await page(seeded.actors.agent, { assignee: 'unassigned' })).toMatchObject({
      total: 1,
      tickets: [{ id: loose.id }],
    });
    expect(await page(seeded.actors.agent, { offset: 1 })).toMatchObject({
      total: 2,
      tickets: [{ id: loose.id }],
    });
  });

  it('notices are for provider staff only', async () => {
    const { modules, seeded } = await deskApp();
    expect(await listNotices({ ...modules.desk, actor: seeded.actors.agent, limit: 10 })).toEqual(
      [],
    );
    await expect(
      listNotices({ ...modules.desk, actor: seeded.actors.client_decision_maker, limit: 10 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
