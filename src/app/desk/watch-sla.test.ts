import { describe, expect, it } from 'vitest';
import { TestClock } from '../../../test/fakes/clock.js';
import { sequentialIds } from '../../../test/fakes/ids.js';
import { deskApp } from '../../../test/fakes/tickets.js';
import { composeModules } from '../../main/compose.js';
import { watchSla } from './watch-sla.js';

const minute = 60_000;

describe('watchSla', () => {
  it('records the at-risk notice at 75 % and the breach at 100 %, once each, with their audit entries and events', async () => {
    const { store, modules, clock, open } = await deskApp();
    const ticket = await open();
    clock.advance(3 * 60 * minute + 46 * minute); // 12:46 UTC: past 75 % of the hour from 12:00
    expect((await watchSla(modules.desk)).map((n) => [n.ticketId, n.clock, n.kind])).toEqual([
      [ticket.id, 'first_response', 'at_risk'],
    ]);
    expect(await watchSla(modules.desk)).toEqual([]);
    // a restart: other modules over the same store, a new clock at the same instant
    const restartedClock = new TestClock(clock.now());
    const restarted = composeModules(store, restartedClock, sequentialIds());
    restartedClock.advance(15 * minute);
    const breached = await watchSla(restarted.desk);
    expect(breached.map((n) => [n.kind, n.moment.toISOString()])).toEqual([
      ['breached', '2026-03-02T13:00:00.000Z'],
    ]);
    expect(await watchSla(restarted.desk)).toEqual([]);
    expect(store.tables.audit.filter((e) => e.via === 'job').map((e) => e.action)).toEqual([
      'job watch-sla',
      'job watch-sla',
    ]);
    expect(store.tables.outbox.map((r) => r.event.type).slice(1)).toEqual([
      'ticket.sla_at_risk',
      'ticket.sla_breached',
    ]);
  });
});
