import { describe, expect, it } from 'vitest';
import { buildConsume } from '../../../test/factories/hour-bank.js';
import { seededApp } from '../../../test/fakes/app.js';
import { periodByIndex, scheduleOf } from '../../domain/contracts/index.js';
import { balanceAt, statement } from '../../domain/hour-bank/index.js';
import { readBalance, readStatement } from '../hour-bank/index.js';
import { jobOrigin } from '../shared/index.js';
import { closeDuePeriods, periodsPerTransaction } from './close-due-periods.js';

const month = 31 * 24 * 3600 * 1000;

describe('closeDuePeriods', () => {
  it('closes each ended period once, each contract under its lock, audited only where it closed something', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const close = (contractIds?: string[]) =>
      closeDuePeriods({
        ...modules.contracts,
        actor: { system: 'job' },
        origin: jobOrigin('close-periods'),
        ...(contractIds ? { contractIds } : {}),
      });
    expect(await close()).toEqual([]);
    expect(store.tables.audit).toEqual([]);
    clock.advance(month); // 2 April: March has ended for the three contracts
    const closed = await close();
    expect(closed.map((c) => c.periods)).toEqual([['2026-03-01'], ['2026-03-01'], ['2026-03-01']]);
    expect(await close()).toEqual([]);
    expect(store.tables.audit.map((e) => [e.via, e.action, e.resourceId])).toEqual([
      ['job', 'job close-periods', seeded.contract.contract.id],
      ['job', 'job close-periods', seeded.otherContract.contract.id],
      ['job', 'job close-periods', seeded.managedContract.contract.id],
    ]);
    expect(store.tables.outbox.map((r) => r.event.type)).toEqual([
      'contract.period_closed',
      'contract.period_closed',
      'contract.period_closed',
    ]);
  });

  it('a contract asked for by id must exist and be in reach; only administrators close by hand', async () => {
    const { modules, seeded } = await seededApp();
    const origin = jobOrigin('close-periods');
    await expect(
      closeDuePeriods({
        ...modules.contracts,
        actor: { system: 'cli' },
        origin,
        contractIds: ['nope'],
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      closeDuePeriods({ ...modules.contracts, actor: seeded.actors.agent, origin }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('closing a period keeps its checkpoint, and balances and statements read from it equal the full replay', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const { contract } = seeded.contract;
    const close = () =>
      closeDuePeriods({
        ...modules.contracts,
        actor: { system: 'job' },
        origin: jobOrigin('close-periods'),
        contractIds: [contract.id],
      });
    const [pending] = await store.ledger.append(
      contract.id,
      [
        buildConsume('2026-03-10', 120),
        buildConsume('2026-03-20', 90, { needsApproval: true, ticketId: 'T-wait' }),
      ],
      null,
      clock.now(),
    );
    clock.advance(month); // 2 April: March closes with 90 minutes still awaiting approval
    await close();
    await store.ledger.append(
      contract.id,
      [
        { type: 'approval', on: '2026-04-03', consumeId: pending?.id ?? '', decision: 'approved' },
        buildConsume('2026-04-10', 2_000, { ticketId: 'T-big' }),
      ],
      null,
      clock.now(),
    );
    clock.advance(month); // 3 May: April closes with overage
    await close();
    await store.ledger.append(contract.id, [buildConsume('2026-05-02', 30)], null, clock.now());

    expect(store.tables.checkpoints.map((row) => [row.contractId, row.checkpoint.from])).toEqual([
      [contract.id, '2026-04-01'],
      [contract.id, '2026-05-01'],
    ]);
    const march = store.tables.checkpoints[0]?.checkpoint;
    expect(march?.pending.map((entry) => entry.minutes)).toEqual([90]);
    const all = await store.ledger.entries(contract.id);
    const read = {
      ...modules.hourBank,
      actor: seeded.actors.provider_admin,
      contractId: contract.id,
    };
    for (const date of ['2026-03-31', '2026-04-15', '2026-05-02']) {
      expect(await readBalance({ ...read, date })).toEqual(balanceAt(contract, all, date));
      const period = periodByIndex(
        scheduleOf(contract),
        date < '2026-04-01' ? 0 : date < '2026-05-01' ? 1 : 2,
      );
      expect(await readStatement({ ...read, date })).toEqual(statement(contract, all, period));
    }
    await expect(
      store.ledger.append(contract.id, [buildConsume('2026-04-30', 5)], null, clock.now()),
    ).rejects.toThrow(/closed period/);
  });

  it('a catch-up over many periods commits in bounded batches, lets other work run between them, and resumes after a crash', async () => {
    const { store, modules, clock, seeded } = await seededApp();
    const { contract } = seeded.contract;
    clock.advance(30 * month); // about 30 months later: 30 periods of March 2026's contract have ended
    let transactions = 0;
    let otherWorkRan = false;
    setImmediate(() => {
      otherWorkRan = true;
    });
    const crashing = {
      ...modules.contracts,
      transact: <T>(work: Parameters<typeof modules.contracts.transact<T>>[0]) => {
        transactions += 1;
        if (transactions === 2) expect(otherWorkRan).toBe(true);
        if (transactions === 3) throw new Error('killed');
        return modules.contracts.transact(work);
      },
    };
    const close = (deps: typeof modules.contracts) =>
      closeDuePeriods({
        ...deps,
        actor: { system: 'job' },
        origin: jobOrigin('close-periods'),
        contractIds: [contract.id],
      });
    await expect(close(crashing)).rejects.toThrow('killed');
    const closedKeys = async () =>
      (await store.ledger.entries(contract.id)).flatMap((e) =>
        e.type === 'overage' ? [e.periodKey] : [],
      );
    expect(await closedKeys()).toHaveLength(2 * periodsPerTransaction);

    const [resumed] = await close(modules.contracts);
    expect(resumed?.periods).toHaveLength(30 - 2 * periodsPerTransaction);
    const keys = await closedKeys();
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(30);
    expect(store.tables.audit.filter((e) => e.resourceId === contract.id)).toHaveLength(3);
  });
});
