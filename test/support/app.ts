import type { FastifyInstance } from 'fastify';
import {
  bootstrapInstallation,
  demoPassword,
} from '../../src/app/identity/bootstrap-installation.js';
import type { AppPorts } from '../../src/app/ports.js';
import { buildApp } from '../../src/http/app.js';
import type { DatabaseHandle } from '../../src/store/database.js';
import { storePorts } from '../../src/store/ports.js';
import { TestClock } from './clock.js';

/** A Pacta app over a test database with the demo installation and a hand-moved clock. */
export interface TestApp {
  app: FastifyInstance;
  ports: AppPorts;
  clock: TestClock;
  database: DatabaseHandle;
  /** Signs in as a demo user (once, unless `fresh`) and returns the Cookie header to send. */
  cookieFor(email: string, fresh?: boolean): Promise<string>;
}

/** Builds the app the way the server does, over the given database, with the demo bootstrapped. */
export async function buildTestApp(
  database: DatabaseHandle,
  options: { register?: (app: FastifyInstance) => void } = {},
): Promise<TestApp> {
  const clock = new TestClock();
  const ports = storePorts(database.db, clock);
  await bootstrapInstallation({ ports, admin: undefined });
  const app = await buildApp({
    version: 'test',
    logLevel: 'silent',
    ping: () => database.ping(),
    ports,
  });
  options.register?.(app);
  await app.ready();
  const cookies = new Map<string, string>();
  return {
    app,
    ports,
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
