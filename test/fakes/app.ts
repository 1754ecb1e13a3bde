/**
 * Pacta's modules over the in-memory store, wired by the real composition root with a fixed
 * clock and fixed ids: what every use-case test starts from.
 */
import { composeModules, type Modules } from '../../src/main/compose.js';
import { TestClock } from './clock.js';
import { sequentialIds } from './ids.js';
import { type Installation, seedInstallation } from './seed.js';
import { type FakeStore, fakeStore } from './store.js';

/** The fakes a use-case test works with. */
export interface FakeApp {
  store: FakeStore;
  modules: Modules;
  clock: TestClock;
  ids: ReturnType<typeof sequentialIds>;
}

/** A fresh in-memory Pacta at Monday 2 March 2026, 09:00 UTC, whose ids count from 1. */
export function fakeApp(): FakeApp {
  const store = fakeStore();
  const clock = new TestClock();
  const ids = sequentialIds();
  return { store, modules: composeModules(store, clock, ids), clock, ids };
}

/** {@link fakeApp} with the installation of `seed.ts` written into it. */
export async function seededApp(): Promise<FakeApp & { seeded: Installation }> {
  const app = fakeApp();
  return { ...app, seeded: await seedInstallation(app.store) };
}
