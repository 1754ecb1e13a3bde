import { describe } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { fakeStore } from '../fakes/store.js';
import { describeEachEngine } from '../support/engines.js';
import { portContract } from './port-contract.js';

describeEachEngine('the store’s ports', (database) => {
  portContract(() => openStore(database().handle.db));
});

describe('the in-memory store’s ports (the fakes use-case tests run on)', () => {
  const store = fakeStore();
  portContract(() => store);
});
