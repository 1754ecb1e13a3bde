import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.js';
import type { Transact } from './ports.js';

interface FakeTx {
  write(value: string): void;
}

/** A database of committed writes whose commits wait until `commitNext` lets one through. */
function fakeDatabase() {
  const committed: string[][] = [];
  const gates: (() => void)[] = [];
  const transact: Transact<FakeTx> = async (work) => {
    const writes: string[] = [];
    const result = await work({ write: (value) => writes.push(value) });
    await new Promise<void>((resolve) => gates.push(resolve));
    committed.push(writes);
    return result;
  };
  const commitNext = async () => {
    while (gates.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    gates.shift()?.();
    await new Promise((resolve) => setTimeout(resolve, 1));
  };
  return { committed, transact, commitNext };
}

const writing = (value: string) => async (tx: FakeTx) => {
  tx.write(value);
  return value.toUpperCase();
};

describe('groupCommit', () => {
  it('commits the works handed in while a transaction is under way together, in the next one', async () => {
    const database = fakeDatabase();
    const transact = groupCommit(database.transact, { lanes: 1 });
    const answers = ['a', 'b', 'c'].map((value) => transact(writing(value)));
    await database.commitNext();
    await database.commitNext();
    expect(await Promise.all(answers)).toEqual(['A', 'B', 'C']);
    expect(database.committed).toEqual([['a'], ['b', 'c']]);
  });

  it('a group with one failing work commits the others, each answered with its own outcome', async () => {
    const database = fakeDatabase();
    const transact = groupCommit(database.transact, { lanes: 1 });
    const first = transact(writing('first'));
    const good = transact(writing('good'));
    const bad = transact(async (tx) => {
      tx.write('bad');
      throw new Error('refused');
    });
    const refusal = bad.catch((error: Error) => error.message);
    const later = transact(writing('later'));
    for (let i = 0; i < 3; i++) await database.commitNext();
    expect(await Promise.all([first, good, refusal, later])).toEqual([
      'FIRST',
      'GOOD',
      'refused',
      'LATER',
    ]);
    expect(database.committed).toEqual([['first'], ['good'], ['later']]);
  });

  it('answers a work only after its transaction has committed', async () => {
    const database = fakeDatabase();
    const transact = groupCommit(database.transact);
    let answered = false;
    const answer = transact(writing('a')).then(() => {
      answered = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(answered).toBe(false);
    await database.commitNext();
    await answer;
    expect(answered).toBe(true);
  });

  it('puts at most maxGroup works in one transaction', async () => {
    const database = fakeDatabase();
    const transact = groupCommit(database.transact, { lanes: 1, maxGroup: 2 });
    const answers = ['a', 'b', 'c', 'd', 'e'].map((value) => transact(writing(value)));
    for (let i = 0; i < 3; i++) await database.commitNext();
    await Promise.all(answers);
    expect(database.committed).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });
});
