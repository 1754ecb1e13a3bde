import { expect, it } from 'vitest';
import { watchSla } from '../../src/app/desk/index.js';
import { composeModules } from '../../src/main/compose.js';
import { openStore } from '../../src/store/index.js';
import { TestClock } from '../fakes/clock.js';
import { buildTestApp, randomIds } from '../support/app.js';
import { deskWithContract } from '../support/desk.js';
import { describeEachEngine } from '../support/engines.js';

const minute = 60_000;

describeEachEngine('the SLA breach watcher', (database) => {
  it('sends the at-risk notice at 75 % and the breach at 100 %, once each, across a restart', async () => {
    const test = await buildTestApp(database().handle);
    const desk = await deskWithContract(test);
    // Monday 09:00 UTC is before opening (12:00 UTC in Santiago); the 1-hour target runs 12:00–13:00
    const { id } = (await desk.open()).json();
    const run = () => watchSla(test.modules.desk);

    test.clock.advance(3 * 60 * minute + 44 * minute); // 12:44: 73 %
    expect(await run()).toEqual([]);
    test.clock.advance(2 * minute); // 12:46: past 75 %
    const atRisk = await run();
    expect(atRisk.map((n) => [n.ticketId, n.clock, n.kind])).toEqual([
      [id, 'first_response', 'at_risk'],
    ]);
    expect(await run()).toEqual([]);

    // a restart: new repositories over the same database, a new clock at the same instant
    const restartedClock = new TestClock(test.clock.now());
    const restarted = openStore(database().handle.db);
    const watch = () => watchSla(composeModules(restarted, restartedClock, randomIds).desk);
    expect(await watch()).toEqual([]);

    restartedClock.advance(15 * minute); // 13:01: breached
    const breached = await watch();
    expect(breached.map((n) => [n.clock, n.kind, n.moment.toISOString()])).toEqual([
      ['first_response', 'breached', '2026-03-02T13:00:00.000Z'],
    ]);
    expect(await watch()).toEqual([]);
    const notices = await restarted.notices.list(10);
    expect(notices.map((n) => n.kind).sort()).toEqual(['at_risk', 'breached']);
    const ticket = await restarted.tickets.find(id);
    expect(ticket?.slaState).toBe('breached');
    expect(ticket?.nextCheckAt).toBeNull();
    await test.app.close();
  });
});
