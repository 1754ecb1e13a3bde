/**
 * The agent queue with 10,000 tickets (issue 11: "first page in under 300 ms server time").
 *   npx tsx bench/queue.ts [--tickets N] [--runs N]
 * N tickets (default 10,000) are bulk-loaded into a throwaway PostgreSQL cluster across one
 * contract, with SLA states, due moments, assignees, levels, channels and subjects spread out.
 * Measured: `GET /api/tickets` as the web app asks for its first page (25 rows and the total),
 * through the whole server (session, authorisation, SQL, serialisation; `inject`, so no network),
 * for the default urgency order, a column sort, the "mine" filter and a text search. Peers in the
 * same run: the same requests with migration 0008's queue indexes dropped, and the naive full
 * fetch (every ticket of the reader's reach with its names, sorted and sliced in Node).
 */
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import { listTickets } from '../src/app/desk/index.js';
import { openPostgres } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { buildTestApp, type TestApp } from '../test/support/app.js';
import { demoUserByRole } from '../test/support/demo.js';
import { deskWithContract } from '../test/support/desk.js';
import { findPostgresBin, startPostgresCluster } from '../test/support/postgres-cluster.js';
import { flag } from './lib/flags.js';

const TICKETS = flag('--tickets', 10_000);
const RUNS = flag('--runs', 30);
const PAGE = 'limit=25&offset=0';

/** Loads the tickets in one statement; a third assigned to the demo agent, a tenth escalated. */
async function load(test: TestApp, agentId: string) {
  const desk = await deskWithContract(test);
  const record = await test.store.contracts.find(desk.contractId);
  if (!record) throw new Error('the contract vanished');
  await sql`select setseed(0.11)`.execute(test.database.db);
  await sql`insert into tickets (id, contract_id, client_id, requester_id, assignee_id, subject,
      channel, classification, kind, criticality, level, status, sla_state, sla_due_at,
      next_check_at, escalated_at, opened_at, updated_at)
    select gen_random_uuid(), ${desk.contractId}, ${record.contract.clientId}, ${desk.requesterId},
      case when g % 3 = 0 then ${agentId}::uuid end,
      (array['Factura', 'Integración', 'Informe', 'Usuario', 'Exportación'])[1 + g % 5]
        || ' ' || md5(g::text),
      (array['portal', 'email', 'chat', 'phone'])[1 + g % 4], '{"kind":"question"}'::jsonb,
      'question', (array['high', 'medium', 'low'])[1 + g % 3], (array['L1', 'L2', 'L3'])[1 + g % 3],
      (array['new', 'open', 'waiting_client', 'resolved'])[1 + g % 4],
      (array['breached', 'at_risk', 'running', 'paused', 'met'])[1 + (random() * 4.99)::int],
      opened + interval '8 hours', opened + interval '6 hours',
      case when g % 10 = 0 then opened + interval '1 hour' end, opened, opened + interval '2 hours'
    from (select g, timestamptz '2026-01-05' + make_interval(mins => g * 7) as opened
      from generate_series(1, ${TICKETS}::int) as g) as spread`.execute(test.database.db);
  await sql`vacuum analyze tickets`.execute(test.database.db);
  return desk;
}

interface Figure {
  label: string;
  median: number;
  p95: number;
}

async function time(label: string, run: () => Promise<void>): Promise<Figure> {
  for (let i = 0; i < 3; i++) await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { label, median: at(0.5) ?? 0, p95: at(0.95) ?? 0 };
}

const requests = {
  'first page, most urgent first': `/api/tickets?${PAGE}`,
  'first page sorted by subject': `/api/tickets?${PAGE}&sort=subject`,
  'first page, due soonest': `/api/tickets?${PAGE}&sort=due&status=open`,
  'first page of "mine"': `/api/tickets?${PAGE}&assignee=mine`,
  'first page of a text search': `/api/tickets?${PAGE}&q=integraci`,
};

async function queueRequests(test: TestApp, cookie: string, suffix: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [label, url] of Object.entries(requests)) {
    figures.push(
      await time(`${label}${suffix}`, async () => {
        const res = await test.app.inject({ url, headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.payload}`);
      }),
    );
  }
  return figures;
}

/** The naive peer: every ticket in reach with its names, sorted and sliced in Node. */
async function naiveFullFetch(test: TestApp): Promise<Figure> {
  const agent = await test.store.users.findByEmail(demoUserByRole.agent);
  if (!agent) throw new Error('no demo agent');
  const actor = {
    userId: agent.id,
    organisationId: agent.organisationId,
    organisationKind: 'provider' as const,
    role: 'agent' as const,
    managedClientIds: [],
  };
  const rank = ['breached', 'at_risk', 'running', 'paused', 'met'];
  return time('naive: fetch every ticket, sort and slice in Node', async () => {
    const all = await listTickets({
      ...test.modules.desk,
      actor,
      filter: { sort: 'number', direction: 'asc', limit: 1_000_000, offset: 0 },
    });
    all.tickets
      .sort(
        (a, b) =>
          rank.indexOf(a.slaState ?? 'met') - rank.indexOf(b.slaState ?? 'met') ||
          (a.slaDueAt?.getTime() ?? 0) - (b.slaDueAt?.getTime() ?? 0),
      )
      .slice(0, 25);
  });
}

function print(figures: Figure[]) {
  const width = Math.max(...figures.map((f) => f.label.length));
  console.log(`${'request'.padEnd(width)}  median ms    p95 ms`);
  for (const f of figures)
    console.log(
      `${f.label.padEnd(width)}  ${f.median.toFixed(1).padStart(9)}  ${f.p95.toFixed(1).padStart(8)}`,
    );
}

async function main() {
  console.log(
    `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}; server and PostgreSQL share this machine. ${TICKETS} tickets, ${RUNS} runs each after 3 warm-ups.`,
  );
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL binaries found');
  const cluster = await startPostgresCluster(bin);
  const handle = openPostgres(cluster.url);
  try {
    await migrateToLatest(handle.db);
    const test = await buildTestApp(handle);
    try {
      const agent = await test.store.users.findByEmail(demoUserByRole.agent);
      await load(test, agent?.id ?? '');
      const cookie = await test.cookieFor(demoUserByRole.agent);
      const indexed = await queueRequests(test, cookie, '');
      const naive = await naiveFullFetch(test);
      for (const index of ['urgency', 'opened', 'updated', 'assignee'])
        await sql.raw(`drop index tickets_queue_${index}`).execute(handle.db);
      await sql`analyze tickets`.execute(handle.db);
      const bare = await queueRequests(test, cookie, ' (peer: no 0008 indexes)');
      print([...indexed, ...bare, naive]);
      const worst = Math.max(...indexed.map((f) => f.p95));
      console.log(
        `\nTarget: first page under 300 ms server time. Worst p95 with the indexes: ${worst.toFixed(1)} ms.`,
      );
    } finally {
      await test.app.close();
    }
  } finally {
    await handle.close();
    await cluster.stop();
  }
  console.log(`Load average at the end ${loadavg()[0]?.toFixed(1)}.`);
}

await main();
