import { describe, expect, it } from 'vitest';
import { buildOrganisation } from '../factories/identity.js';
import { fixedId } from './ids.js';
import { fakeStore } from './store.js';

describe('the in-memory store keeps the promises of the real one', () => {
  it('a transaction that fails writes nothing', async () => {
    const store = fakeStore();
    await expect(
      store.transact(async (tx) => {
        await tx.organisations.create(buildOrganisation());
        throw new Error('the change fails after its first write');
      }),
    ).rejects.toThrow('fails after');
    expect(await store.organisations.list()).toEqual([]);
  });

  it('a query outside the transaction from inside it fails, as it would hang on the embedded engine', async () => {
    const store = fakeStore();
    await expect(store.transact(() => store.organisations.list())).rejects.toThrow(/wait for ever/);
    await expect(store.transact(() => store.transact(async () => 1))).rejects.toThrow(
      /wait for ever/,
    );
  });

  it('transactions run one at a time, so a lock is held until commit', async () => {
    const store = fakeStore();
    const order: string[] = [];
    const slow = store.transact(async () => {
      order.push('first starts');
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('first ends');
    });
    const fast = store.transact(async () => {
      order.push('second starts');
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
  });

  it('reads return copies, never live rows', async () => {
    const store = fakeStore();
    await store.organisations.create(buildOrganisation());
    const read = await store.organisations.findById(fixedId(9001));
    if (!read) throw new Error('not stored');
    read.name = 'changed by the caller';
    expect((await store.organisations.findById(fixedId(9001)))?.name).toBe('Tienda Sol');
  });
});
