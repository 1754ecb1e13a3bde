import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { actOnTicket } from './act-on-ticket.js';

describe('actOnTicket', () => {
  it('decides under the ticket’s lock and saves events, message, changes, projection, audit and events together', async () => {
    const { store, clock, seeded, open, command } = await deskApp();
    const ticket = await open();
    clock.advance(3600_000);
    const saved = await actOnTicket({
      ...command(seeded.actors.agent, ticket.id),
      action: 'tickets.work',
      command: (current, now, contract) => {
        expect(contract.timeZone).toBe('America/Santiago');
        expect(current.status).toBe('new');
        return {
          // a question that puts the ticket waiting on the client: the first response is met
          events: [
            {
              type: 'provider_replied',
              at: now.getTime(),
              automatic: false,
              setsStatus: 'waiting_client',
            },
          ],
          message: null,
          changes: { status: 'waiting_client' },
        };
      },
    });
    expect(saved).toMatchObject({
      status: 'waiting_client',
      slaState: 'met',
      updatedAt: clock.now(),
    });
    expect(store.tables.ticketEvents.map((e) => e.event.type)).toEqual([
      'opened',
      'provider_replied',
    ]);
    expect(store.tables.audit.at(-1)).toMatchObject({
      resourceType: 'tickets',
      resourceId: ticket.id,
    });
    expect(store.tables.outbox.at(-1)?.event.payload).toEqual({
      ticketId: ticket.id,
      from: 'new',
      to: 'waiting_client',
    });
  });

  it('a command that refuses leaves the ticket, its log, the audit log and the outbox as they were', async () => {
    const { store, seeded, open, command } = await deskApp();
    const ticket = await open();
    const before = structuredClone(store.tables);
    await expect(
      actOnTicket({
        ...command(seeded.actors.agent, ticket.id),
        action: 'tickets.work',
        command: () => {
          throw new Error('refused');
        },
      }),
    ).rejects.toThrow('refused');
    expect(store.tables).toEqual(before);
  });
});
