import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { bootstrapInstallation, demoPassword } from '../../src/app/identity/index.js';
import type { Ids } from '../../src/app/shared/index.js';
import { type AppDeps, buildApp } from '../../src/http/app.js';
import { composeModules, type MailEdges, type Modules } from '../../src/main/compose.js';
import type { DatabaseHandle } from '../../src/store/database.js';
import { openStore, type Store } from '../../src/store/index.js';
import { TestClock } from '../fakes/clock.js';

/** The secret test apps sign unsubscribe links with. */
export const testUnsubscribeSecret = 'test-unsubscribe-secret-of-32-bytes-at-least';

/** Ids as the server mints them (random UUIDs), for tests that go through the store. */
export const randomIds: Ids = { newId: () => randomUUID() };

/** A Pacta app over a test database with the demo installation and a hand-moved clock. */
export interface TestApp {
  app: FastifyInstance;
  /** The store the app runs on, to read what a test needs to check. */
  store: Store;
  /** Each module's deps, wired as the server wires them (with the test clock). */
  modules: Modules;
  clock: TestClock;
  database: DatabaseHandle;
  /** Signs in as a demo user (once, unless `fresh`) and returns the Cookie header to send. */
  cookieFor(email: string, fresh?: boolean): Promise<string>;
}

/** Builds the app the way the server does, over the given database, with the demo bootstrapped. */
export async function buildTestApp(
  database: DatabaseHandle,
  options: {
    register?: (app: FastifyInstance) => void;
    limits?: AppDeps['limits'];
    mail?: MailEdges;
    metrics?: AppDeps['metrics'];
    accepting?: AppDeps['accepting'];
    publicUrl?: AppDeps['publicUrl'];
    oidc?: AppDeps['oidc'];
    /** Secrets unsubscribe links are signed with; the test secret unless a test says otherwise. */
    unsubscribeSecrets?: readonly string[];
  } = {},
): Promise<TestApp> {
  const clock = new TestClock();
  const store = openStore(database.db);
  const modules = composeModules(
    store,
    clock,
    randomIds,
    options.mail,
    options.unsubscribeSecrets ?? [testUnsubscribeSecret],
  );
  await bootstrapInstallation({ ...modules.identity, admin: undefined });
  const app = await buildApp({
    version: 'test',
    logLevel: 'silent',
    ping: () => database.ping(),
    modules,
    ids: randomIds,
    limits: options.limits,
    metrics: options.metrics,
    accepting: options.accepting,
    publicUrl: options.publicUrl,
    oidc: options.oidc,
  });
  options.register?.(app);
  await app.ready();
  const cookies = new Map<string, string>();
  return {
    app,
    store,
    modules,
    clock,
    database,
    async cookieFor(email, fresh = false) {
      const known = cookies.get(email);
      if (known && !fresh) return known;
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password: demoPassword },
      });
      const cookie = res.cookies.find((c) => c.name === 'pacta_session');
      if (res.statusCode !== 200 || !cookie)
        throw new Error(`demo sign-in failed for ${email}: ${res.payload}`);
      const header = `pacta_session=${cookie.value}`;
      cookies.set(email, header);
      return header;
    },
  };
}
