import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { ticketInReach } from './ticket-in-reach.js';

describe('ticketInReach', () => {
  it('a requester reaches only the tickets it asked; the decision-maker all of its organisation’s', async () => {
    const { modules, seeded, open } = await deskApp();
    const asked = await open(seeded.actors.client_decision_maker);
    const reach = (actor: typeof seeded.actors.agent) =>
      ticketInReach({ ...modules.desk, actor, action: 'tickets.read', ticketId: asked.id });
    await expect(reach(seeded.actors.client_requester)).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await reach(seeded.actors.client_decision_maker)).id).toBe(asked.id);
    expect((await reach(seeded.actors.agent)).id).toBe(asked.id);
  });
});
