import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { listNotices, listTickets } from './list-tickets.js';

describe('listTickets', () => {
  it('a requester sees only what it asked, the decision-maker its organisation’s, staff everything they filter', async () => {
    const { modules, seeded, open } = await deskApp();
    const mine = await open();
    const theirs = await open(seeded.actors.agent, {
      requesterId: seeded.users.client_decision_maker.id,
      subject: 'Factura duplicada',
    });
    const list = (actor = seeded.actors.agent, filter: object = {}) =>
      listTickets({ ...modules.desk, actor, filter: { limit: 50, offset: 0, ...filter } });
    expect((await list(seeded.actors.client_requester)).map((t) => t.id)).toEqual([mine.id]);
    expect(await list(seeded.actors.client_decision_maker)).toHaveLength(2);
    expect((await list(seeded.actors.agent, { text: 'duplicada' })).map((t) => t.id)).toEqual([
      theirs.id,
    ]);
    expect(await list(seeded.actors.other_requester)).toEqual([]);
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
