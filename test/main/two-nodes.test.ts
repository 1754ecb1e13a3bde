import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openPostgres } from '../../src/store/database.js';
import { demoUserByRole } from '../support/demo.js';
import { adminStatement } from '../support/engines.js';
import { freePort } from '../support/ports.js';
import { type Child, isHealthy, spawnTs, waitFor } from '../support/processes.js';

const password = 'pacta-demo-2026';

/** One `pacta serve` on the shared database, healthy on its own port. */
async function node(databaseUrl: string): Promise<{ server: Child; base: string }> {
  const port = await freePort();
  const server = spawnTs('src/main/cli.ts', ['serve'], {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
  });
  await waitFor('the node to be healthy', () => isHealthy(port), 240_000, server.output).catch(
    (error) => {
      server.process.kill('SIGKILL');
      throw error;
    },
  );
  return { server, base: `http://127.0.0.1:${port}` };
}

/** Signs the demo requester in on one node and returns its session cookie. */
async function signIn(base: string): Promise<string> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: demoUserByRole.client_requester, password }),
  });
  expect(login.status).toBe(200);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** Opens a ticket on `base`; true when the node acknowledged it (201), false when it could not answer. */
async function openTicket(
  base: string,
  cookie: string,
  contractId: string,
  subject: string,
): Promise<boolean> {
  try {
    const res = await fetch(`${base}/api/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({
        contractId,
        classification: { kind: 'question' },
        criticality: 'low',
        subject,
        description: 'Opened while two nodes share the database.',
      }),
    });
    if (res.status !== 201) throw new Error(`${res.status} ${await res.text()}`);
    return true;
  } catch (error) {
    if (error instanceof TypeError) return false; // the node is gone: nothing was acknowledged
    throw error;
  }
}

describe('two app nodes on one PostgreSQL (issue 18 #11)', () => {
  const postgresUrl = inject('postgresUrl');
  const created: string[] = [];
  const admin = (statement: string) => adminStatement(postgresUrl ?? '', statement);
  afterAll(async () => {
    for (const name of created) await admin(`drop database if exists ${name} with (force)`);
  });

  it.skipIf(inject('postgresMissing') !== null)(
    'a session works on both, tickets opened on both are kept once with their notices once, the minute job runs once, a rolling restart answers no 5xx, and killing a node loses nothing acknowledged',
    async () => {
      const name = `pacta_two_nodes_${randomBytes(6).toString('hex')}`;
      await admin(`create database ${name}`);
      created.push(name);
      const url = new URL(postgresUrl ?? '');
      url.pathname = `/${name}`;
      const a = await node(url.toString());
      let b = await node(url.toString()).catch((error) => {
        a.server.process.kill('SIGKILL');
        throw error;
      });
      const db = openPostgres(url.toString(), 1);
      const started = new Date();
      try {
        // A session made on one node works on the other.
        const cookie = await signIn(a.base);
        const me = await fetch(`${b.base}/api/me`, { headers: { cookie } });
        expect(me.status).toBe(200);
        expect(await me.json()).toMatchObject({ user: { email: demoUserByRole.client_requester } });
        const contracts = (await (
          await fetch(`${b.base}/api/contracts`, { headers: { cookie } })
        ).json()) as { id: string }[];
        const contractId = contracts[0]?.id ?? '';

        // Tickets opened on both nodes at once: every one kept once, every notice sent once.
        const both = Array.from({ length: 40 }, (_, i) =>
          openTicket(i % 2 ? b.base : a.base, cookie, contractId, `two-nodes ${i}`),
        );
        expect(await Promise.all(both)).toEqual(Array(40).fill(true));
        const undispatched = async () =>
          (await sql<{
            n: string;
          }>`select count(*) as n from outbox_events where dispatched_at is null and failed_at is null`
            .execute(db.db)
            .then((r) => Number(r.rows[0]?.n))) === 0;
        await waitFor('both nodes to dispatch every event', undispatched, 120_000);
        const notices = await sql<{ subject: string; to_address: string; n: string }>`
          select t.subject, m.to_address, count(*) as n from mail_outgoing m
          join tickets t on t.id = m.ticket_id where t.subject like 'two-nodes %'
          group by t.subject, m.to_address, m.subject`.execute(db.db);
        expect(new Set(notices.rows.map((row) => row.subject)).size).toBe(40);
        expect(notices.rows.filter((row) => row.n !== '1')).toEqual([]);

        // The minute job (the SLA watcher) runs once a minute, not once per node.
        const watcherMinutes = () =>
          sql<{ minute: Date; n: string }>`
          select date_trunc('minute', created_on) as minute, count(*) as n from pgboss.job
          where name = 'watch-sla' and created_on >= ${started} group by 1`.execute(db.db);
        await waitFor(
          'the SLA watcher to be scheduled while both nodes run',
          async () => (await watcherMinutes()).rows.length > 0,
          150_000,
        );
        expect((await watcherMinutes()).rows.filter((row) => row.n !== '1')).toEqual([]);

        // A rolling restart under load: the node asked to stop answers what it accepted, no 5xx.
        const statuses: number[] = [];
        let loading = true;
        const load = (async () => {
          while (loading) {
            for (const base of [a.base, b.base]) {
              const res = await fetch(`${base}/api/tickets?limit=5`, { headers: { cookie } }).catch(
                () => null,
              );
              if (res) statuses.push(res.status);
            }
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, 500));
        b.server.process.kill('SIGTERM');
        expect(await b.server.exited).toBe(0);
        b = await node(url.toString());
        loading = false;
        await load;
        expect(statuses.filter((status) => status >= 500)).toEqual([]);
        expect(statuses.filter((status) => status === 200).length).toBeGreaterThan(10);

        // Killing one node mid-burst loses nothing it acknowledged; the other goes on answering.
        const burst = Array.from({ length: 40 }, (_, i) => i);
        const answers = burst.map(async (i) => {
          await new Promise((resolve) => setTimeout(resolve, i * 20));
          const target = i % 2 ? b.base : a.base;
          return { i, acknowledged: await openTicket(target, cookie, contractId, `burst ${i}`) };
        });
        setTimeout(() => a.server.process.kill('SIGKILL'), 300);
        const settled = await Promise.all(answers);
        await a.server.exited;
        const acknowledged = settled.filter((s) => s.acknowledged).map((s) => `burst ${s.i}`);
        expect(settled.filter((s) => s.i % 2 === 1 && !s.acknowledged)).toEqual([]);
        const kept = await sql<{ subject: string }>`
          select subject from tickets where subject like 'burst %'`.execute(db.db);
        const subjects = kept.rows.map((row) => row.subject);
        expect(new Set(subjects).size).toBe(subjects.length);
        for (const subject of acknowledged) expect(subjects).toContain(subject);
        expect(await isHealthy(Number(new URL(b.base).port))).toBe(true);
      } finally {
        await db.close();
        for (const { server } of [a, b]) {
          if (server.process.exitCode === null && server.process.signalCode === null) {
            server.process.kill('SIGTERM');
            await server.exited;
          }
        }
      }
    },
    600_000,
  );
});
