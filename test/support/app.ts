import type { FastifyInstance } from 'fastify';
import {
  bootstrapInstallation,
  demoPassword,
} from '../../src/app/identity/bootstrap-installation.js';
import type { IdentityPorts } from '../../src/app/ports.js';
import { buildApp } from '../../src/http/app.js';
import type { DatabaseHandle } from '../../src/store/database.js';
import { identityPorts } from '../../src/store/identity/index.js';
import { TestClock } from './clock.js';

/** A Pacta app over a test database with the demo installation and a hand-moved clock. */
export interface TestApp {
  app: FastifyInstance;
  identity: IdentityPorts;
  clock: TestClock;
  /** Signs in as a demo user and returns the Cookie header to send. */
  cookieFor(email: string): Promise<string>;
}

/** Builds the app the way the server does, over the given database, with the demo bootstrapped. */
export async function buildTestApp(
  database: DatabaseHandle,
  options: { register?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const clock = new TestClock();
  const identity = identityPorts(database.db, clock);
  await bootstrapInstallation({ ports: identity, admin: undefined });
  const app = await buildApp({
    version: 'test',
    logLevel: 'silent',
    ping: () => database.ping(),
    identity,
  });
  options.register?.(app);
  await app.ready();
  const cookies = new Map<string, string>();
  return {
    app,
    identity,
    clock,
    async cookieFor(email) {
      const known = cookies.get(email);
      if (known) return known;
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
