/**
 * The hour bank's checkpoints in the database (issue 18 #16, migration 0017), on both engines: a
 * replay reads the latest checkpoint on or before its day and only the entries dated from it, and
 * the database holds a checkpoint final — no entry dated before it, no update, no delete.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { Checkpoint, NewEntry } from '../../src/domain/hour-bank/index.js';
import { openStore } from '../../src/store/index.js';
import { buildContract } from '../factories/contracts.js';
import { buildConsume } from '../factories/hour-bank.js';
import { buildOrganisation } from '../factories/identity.js';
import { describeEachEngine } from '../support/engines.js';

const at = new Date('2026-06-02T09:00:00.000Z');

/** The checkpoint where a month ends, holding `remaining` minutes of one grant. */
function checkpointOf(periodIndex: number, from: string, remaining: number): Checkpoint {
  return {
    periodIndex,
    from,
    buckets: [
      {
        id: '1',
        on: '2026-03-01',
        expiresOn: '2026-07-01',
        source: 'allotment',
        minutes: 600,
        remaining,
        reversed: false,
      },
    ],
    pending: [{ ...buildConsume('2026-03-20', 45, { needsApproval: true }), id: '2' }],
  };
}

describeEachEngine('hour-bank checkpoints', (database) => {
  const store = () => openStore(database().handle.db);

  async function contractWithLedger() {
    const client = buildOrganisation({ id: randomUUID(), name: `Client ${randomUUID()}` });
    await store().organisations.create(client);
    const contract = buildContract({ id: randomUUID(), clientId: client.id, start: '2026-03-01' });
    await store().contracts.create({ ...contract, planId: null, name: 'Contrato', at });
    const entries: NewEntry[] = ['2026-03-10', '2026-04-10', '2026-05-02', '2026-05-20'].map(
      (on, i) => buildConsume(on, 10 + i),
    );
    await store().ledger.append(contract.id, entries, null, at);
    return contract.id;
  }

  it('a replay reads the latest checkpoint on or before its day and the entries dated from it through the day', async () => {
    const id = await contractWithLedger();
    const april = checkpointOf(1, '2026-04-01', 500);
    const may = checkpointOf(2, '2026-05-01', 300);
    await store().ledger.saveCheckpoint(id, april, at);
    await store().ledger.saveCheckpoint(id, may, at);
    const days = async (until: string) => {
      const { checkpoint, entries } = await store().ledger.replayInput(id, until);
      return [checkpoint?.from ?? null, entries.map((entry) => entry.on)];
    };
    expect(await days('2026-03-31')).toEqual([null, ['2026-03-10']]);
    expect(await days('2026-04-30')).toEqual(['2026-04-01', ['2026-04-10']]);
    expect(await days('2026-05-10')).toEqual(['2026-05-01', ['2026-05-02']]);
    expect((await store().ledger.replayInput(id, '2026-05-31')).checkpoint).toEqual(may);
  });

  it('the database refuses a ledger entry dated before a checkpoint: a closed period never changes', async () => {
    const id = await contractWithLedger();
    await store().ledger.saveCheckpoint(id, checkpointOf(2, '2026-05-01', 300), at);
    await expect(
      store().ledger.append(id, [buildConsume('2026-04-30', 5)], null, at),
    ).rejects.toThrow(/falls in a closed period/);
    const [appended] = await store().ledger.append(id, [buildConsume('2026-05-01', 5)], null, at);
    expect(appended?.on).toBe('2026-05-01');
  });

  it('ledger entries and checkpoints are never updated or deleted', async () => {
    const id = await contractWithLedger();
    await store().ledger.saveCheckpoint(id, checkpointOf(1, '2026-04-01', 500), at);
    const { db } = database().handle;
    for (const change of [
      sql`update ledger_entries set on_date = '2026-03-02' where contract_id = ${id}`,
      sql`delete from ledger_entries where contract_id = ${id}`,
      sql`update ledger_checkpoints set state = '{}' where contract_id = ${id}`,
      sql`delete from ledger_checkpoints where contract_id = ${id}`,
    ]) {
      await expect(change.execute(db)).rejects.toThrow(/append-only/);
    }
    expect(await store().ledger.entries(id)).toHaveLength(4);
  });
});
