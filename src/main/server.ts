import type { FastifyInstance } from 'fastify';
import { seedDemoAgreements } from '../app/demo/seed-demo-agreements.js';
import { actorFor } from '../app/identity/authenticate.js';
import {
  type BootstrapResult,
  bootstrapInstallation,
} from '../app/identity/bootstrap-installation.js';
import type { AppPorts, Clock } from '../app/ports.js';
import { buildApp } from '../http/app.js';
import { closePeriodsJob } from '../jobs/close-periods.js';
import { type JobQueue, startJobQueue } from '../jobs/queue.js';
import { watchSlaJob } from '../jobs/watch-sla.js';
import type { DatabaseHandle } from '../store/database.js';
import { migrateToLatest } from '../store/migrate.js';
import { storePorts } from '../store/ports.js';
import type { Config } from './config.js';
import { openConfiguredDatabase } from './database.js';
import { version } from './version.js';

/** A running server and how to stop it cleanly. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly database: DatabaseHandle;
  stop(): Promise<void>;
}

/** The real clock: the only place Pacta reads the time of day. */
export const systemClock: Clock = { now: () => new Date() };

/** Opens the database, migrates and bootstraps it, and serves HTTP on the configured port. */
export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config);
  let queue: JobQueue | undefined;
  try {
    await migrateToLatest(database.db);
    const ports = storePorts(database.db, systemClock);
    const admin =
      config.PACTA_ADMIN_EMAIL && config.PACTA_ADMIN_PASSWORD
        ? { email: config.PACTA_ADMIN_EMAIL, password: config.PACTA_ADMIN_PASSWORD }
        : undefined;
    const installed = await bootstrapInstallation({ ports, admin });
    if (installed.kind === 'demo') await seedDemo(ports);
    const app = await buildApp({
      version,
      logLevel: config.LOG_LEVEL,
      ping: () => database.ping(),
      ports,
      trustProxy: config.TRUST_PROXY,
    });
    const jobDeps = { ...ports, clock: systemClock, log: app.log };
    queue = await startJobQueue({
      db: database.db,
      log: app.log,
      jobs: [closePeriodsJob(jobDeps), watchSlaJob(jobDeps)],
    });
    await app.listen({ port: config.PORT, host: config.HOST });
    process.stdout.write(signInHelp(installed, config.PORT));
    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= app
        .close()
        .finally(() => queue?.stop())
        .finally(() => database.close());
      return stopping;
    };
    return { app, database, stop };
  } catch (error) {
    await queue?.stop();
    await database.close();
    throw error;
  }
}

async function seedDemo(ports: AppPorts): Promise<void> {
  const actorOf = async (email: string) => {
    const user = await ports.users.findByEmail(email);
    if (!user) throw new Error(`the demo user ${email} is missing`);
    return actorFor(ports, user);
  };
  const admin = await actorOf('admin@soporteandino.demo');
  const agent = await actorOf('agente@soporteandino.demo');
  await seedDemoAgreements({ ports, admin, agent });
}

function signInHelp(installed: BootstrapResult, port: number): string {
  const url = `http://localhost:${port}`;
  switch (installed.kind) {
    case 'already_installed':
      return `Pacta is serving ${url}\n`;
    case 'admin':
      return `Pacta is serving ${url}: sign in as ${installed.email}\n`;
    case 'demo': {
      const rows = installed.logins.map(
        (login) => `  ${login.email.padEnd(30)} ${login.role.padEnd(22)} ${login.organisation}`,
      );
      const intro = `Pacta is serving ${url} with a demo installation. Sign in with password "${installed.password}" as:`;
      return [intro, ...rows, ''].join('\n');
    }
  }
}
