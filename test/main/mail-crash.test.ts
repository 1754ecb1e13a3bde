import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openEmbedded, openPostgres } from '../../src/store/database.js';
import { demoUserByRole } from '../support/demo.js';
import { adminStatement } from '../support/engines.js';
import { type FloodShape, flood, floodMarker, isReply } from '../support/mail-flood.js';
import { freePort } from '../support/ports.js';
import { type Child, spawnTs, waitFor } from '../support/processes.js';

const total = 500;
const killAfter = 150;
const shape: FloodShape = {
  from: `Lucía Pérez <${demoUserByRole.client_requester}>`,
  to: 'soporte@pacta.localhost',
  replyEvery: 5,
  replyTo: 1,
};
const demoAdmin = { email: demoUserByRole.provider_admin, password: 'pacta-demo-2026' };

/** The server on `env`, its SMTP listener on `smtpPort`; resolves once it listens for mail. */
async function serve(env: Record<string, string>, port: number, smtpPort: number) {
  const server = spawnTs('src/main/cli.ts', ['serve'], {
    ...env,
    PORT: String(port),
    PACTA_SMTP_LISTEN: `127.0.0.1:${smtpPort}`,
  });
  const listening = () => /receives mail by SMTP/.test(server.output());
  await waitFor('the SMTP listener', listening, 120_000, server.output).catch((error) => {
    server.process.kill('SIGKILL');
    throw error;
  });
  return server;
}

/** Signs the demo admin in over HTTP and returns a reader of the stored messages not yet processed. */
async function pendingReader(port: number): Promise<() => Promise<number>> {
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoAdmin),
  });
  expect(login.status).toBe(200);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async () => {
    const res = await fetch(`${base}/api/mail/messages?fate=pending&limit=500`, {
      headers: { cookie },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as unknown[]).length;
  };
}

async function stop(server: Child) {
  server.process.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}

/** How many times each flood marker appears among the ticket messages. */
async function markerCounts(db: DatabaseHandle['db']): Promise<Map<string, number>> {
  const { rows } = await sql<{ body: string }>`
    select body from ticket_messages where body like '%[flood-%'`.execute(db);
  const counts = new Map<string, number>();
  for (const { body } of rows) {
    for (const [marker] of body.matchAll(/\[flood-\d+\]/g)) {
      counts.set(marker, (counts.get(marker) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * Floods the server, kills it with SIGKILL part-way, restarts it, resends what got no 250 (as an
 * MTA retries), waits until nothing is pending, and checks the database `open` gives after a stop.
 */
async function killWhileReceiving(
  env: Record<string, string>,
  open: () => Promise<DatabaseHandle>,
) {
  const port = await freePort();
  const smtpPort = await freePort();
  const first = await serve(env, port, smtpPort);
  const all = Array.from({ length: total }, (_, i) => i);
  const before = await flood(smtpPort, shape, all, {
    connections: 4,
    onAccepted: (count) => {
      if (count === killAfter) first.process.kill('SIGKILL');
    },
  });
  await first.exited;
  expect(before.accepted.length).toBeGreaterThanOrEqual(killAfter);
  expect(before.refused.length).toBeGreaterThan(0);

  const second = await serve(env, port, smtpPort);
  try {
    const retried = await flood(smtpPort, shape, before.refused, { connections: 4 });
    expect(retried.refused).toEqual([]);
    const pending = await pendingReader(port);
    await waitFor(
      'every stored message processed',
      async () => (await pending()) === 0,
      120_000,
      () => second.output().slice(-4000),
    );
  } finally {
    await stop(second);
  }

  const database = await open();
  try {
    const { rows } = await sql<{ message_id: string; fate: string | null }>`
      select message_id, fate from mail_messages where message_id like 'flood-%'`.execute(
      database.db,
    );
    const fates = new Map(rows.map((row) => [row.message_id, row.fate]));
    expect(rows).toHaveLength(total);
    for (const i of before.accepted) {
      expect(fates.get(`flood-${i}@tiendasol.demo`)).toBe(isReply(shape, i) ? 'reply' : 'ticket');
    }
    const tickets = await sql<{ n: string; subjects: string }>`
      select count(*) as n, count(distinct subject) as subjects
      from tickets where subject like 'Caída %'`.execute(database.db);
    const opening = all.filter((i) => !isReply(shape, i)).length;
    expect(tickets.rows[0]).toEqual({ n: String(opening), subjects: String(opening) });
    const counts = await markerCounts(database.db);
    for (const i of all) expect(counts.get(floodMarker(i)), floodMarker(i)).toBe(1);
  } finally {
    await database.close();
  }
}

describe('kill -9 of the server while 500 messages arrive over SMTP (issue 13)', () => {
  it('embedded: every message answered 250 is stored and processed after restart, none twice', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pacta-mail-crash-'));
    try {
      await killWhileReceiving({ DATA_DIR: dataDir }, () => openEmbedded(dataDir));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 600_000);

  const postgresUrl = inject('postgresUrl');
  const created: string[] = [];
  afterAll(async () => {
    for (const name of created) await admin(`drop database if exists ${name} with (force)`);
  });
  const admin = (statement: string) => adminStatement(postgresUrl ?? '', statement);

  it.skipIf(inject('postgresMissing') !== null)(
    'PostgreSQL: every message answered 250 is stored and processed after restart, none twice',
    async () => {
      const name = `pacta_mail_crash_${randomBytes(6).toString('hex')}`;
      await admin(`create database ${name}`);
      created.push(name);
      const url = new URL(postgresUrl ?? '');
      url.pathname = `/${name}`;
      await killWhileReceiving({ DATABASE_URL: url.toString() }, async () =>
        openPostgres(url.toString(), 1),
      );
    },
    600_000,
  );
});
