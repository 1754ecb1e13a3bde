/**
 * Service-desk benchmark on a real PostgreSQL, printed as tables.
 *   npx tsx bench/desk.ts [--tickets N] [--in-flight N]
 * 1. N tickets (default 100,000) opened through the HTTP API, SLA computed, by the real server on
 *    a loopback port, 16 requests in flight over keep-alive from the same process; peer: the same
 *    server answering `GET /health` (one `select 1`) at the same concurrency, before and after
 *    (the machine's load moves while the bench runs). The creation phase
 *    stops after 5 minutes and extrapolates. Where the time goes: the app's SQL (a Kysely plugin
 *    times each query), Node and PostgreSQL CPU, and `projectSla` alone over 1,000 event logs.
 * 2. The compliance report of a contract with 1,000,000 bulk-loaded tickets (Mar–Jun 2026, in
 *    time order; high/medium/low 20/50/30 %, first response met/breached/none 85/10/5 %), as
 *    `complianceReport` and as `GET /api/contracts/:id/compliance`; peer: loading the period's
 *    criticality and outcome of every ticket into Node and counting there. The report reads the
 *    covering index of migration 0005 (an index-only scan).
 * PostgreSQL: DATABASE_URL (a throwaway database is created in it and dropped) or a throwaway
 * cluster started from the local binaries.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import {
  type Kysely,
  type KyselyPlugin,
  type OperationNode,
  type QueryId,
  sql,
  TableNode,
} from 'kysely';
import pg from 'pg';
import { contractContextOf } from '../src/app/contracts/index.js';
import { complianceReport } from '../src/app/desk/index.js';
import { projectSla } from '../src/domain/sla/index.js';
import { startOfLocalDay } from '../src/domain/time/index.js';
import { openPostgres } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import type { Tables } from '../src/store/schema.js';
import { buildTestApp, type TestApp } from '../test/support/app.js';
import { demoUserByRole } from '../test/support/demo.js';
import { deskWithContract } from '../test/support/desk.js';
import { findPostgresBin, startPostgresCluster } from '../test/support/postgres-cluster.js';
import { flag } from './lib/flags.js';

const TICKETS = flag('--tickets', 100_000);
const IN_FLIGHT = flag('--in-flight', 16);
const CREATE_BUDGET_MS = 300_000;
const HEALTH_REQUESTS = 20_000;
const WARM_UP_TICKETS = 300;
const BULK = 1_000_000;
const BULK_BATCH = 100_000;
const BULK_FROM = '2026-03-01T00:00:00Z';
const BULK_SECONDS = 122 * 86_400; // to 2026-07-01
const BULK_END = new Date(Date.parse(BULK_FROM) + BULK_SECONDS * 1000);
/** The reported day: mid-range, in a period that has begun once part 2 moves the clock to BULK_END. */
const REPORT_DATE = new Date(Date.parse(BULK_FROM) + 45 * 86_400_000).toISOString().slice(0, 10);
const RUNS = 10;

/** Count and summed time of the app's SQL per statement kind and table, while recording. */
const sqlStats = new Map<string, { count: number; ms: number }>();
let recording = false;
const issued = new WeakMap<QueryId, { label: string; at: number }>();

/** The first table a query node names, depth first (FROM, INTO or UPDATE come first). */
function firstTable(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  if (TableNode.is(node as OperationNode)) return (node as TableNode).table.identifier.name;
  for (const child of Object.values(node)) {
    const found = firstTable(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Times each query from when it is issued to its parsed rows (waiting for a pooled connection
 * included, BEGIN/COMMIT not seen), by kind and table: a plugin, so the app runs on `openPostgres`.
 */
const sqlTimer: KyselyPlugin = {
  transformQuery({ node, queryId }) {
    if (recording) {
      const verb = node.kind.replace(/QueryNode$|Node$/, '').toLowerCase();
      issued.set(queryId, { label: `${verb} ${firstTable(node) ?? ''}`, at: performance.now() });
    }
    return node;
  },
  async transformResult({ result, queryId }) {
    const query = issued.get(queryId);
    if (query) {
      const stat = sqlStats.get(query.label) ?? { count: 0, ms: 0 };
      stat.count++;
      stat.ms += performance.now() - query.at;
      sqlStats.set(query.label, stat);
    }
    return result;
  },
};

/** A PostgreSQL to load: a fresh database in DATABASE_URL, or a throwaway cluster. */
async function provision(): Promise<{ url: string; label: string; stop(): Promise<void> }> {
  const given = process.env.DATABASE_URL;
  if (!given) {
    const bin = findPostgresBin();
    if (!bin) throw new Error('no PostgreSQL binaries found and DATABASE_URL is not set');
    const cluster = await startPostgresCluster(bin);
    return {
      url: cluster.url,
      label: 'throwaway cluster, fsync off',
      stop: async () => cluster.stop(),
    };
  }
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: given });
    await client.connect();
    await client.query(text).finally(() => client.end());
  };
  const name = `pacta_bench_${randomBytes(6).toString('hex')}`;
  await admin(`create database ${name}`);
  const url = new URL(given);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    label: 'DATABASE_URL, throwaway database',
    stop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

/** CPU seconds so far of the PostgreSQL backends behind the pool (undefined when not local). */
async function backendCpuSeconds(db: Kysely<Tables>): Promise<number | undefined> {
  const wasRecording = recording;
  recording = false; // called only while no request is in flight: this query is not the app's
  try {
    const { rows } = await sql<{ pid: number }>`select pid from pg_stat_activity
      where datname = current_database()`.execute(db);
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
    let total = 0;
    for (const { pid } of rows) {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      total += (Number(fields[11]) + Number(fields[12])) / ticks;
    }
    return Number.isFinite(total) ? total : undefined;
  } catch {
    return undefined;
  } finally {
    recording = wasRecording;
  }
}

const quantile = (sorted: ArrayLike<number>, q: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;

/** Sends `count` requests with IN_FLIGHT at a time until done or the budget is spent. */
async function hammer(
  test: TestApp,
  count: number,
  budgetMs: number,
  send: (i: number) => Promise<Response>,
  status: number,
) {
  const latencies = new Float64Array(count);
  const ends = new Float64Array(count);
  let next = 0;
  let done = 0;
  const pgBefore = await backendCpuSeconds(test.database.db);
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const deadline = start + budgetMs;
  const worker = async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++;
      const sent = performance.now();
      const response = await send(i);
      const body = await response.text();
      if (response.status !== status) throw new Error(`request ${i}: ${response.status} ${body}`);
      ends[done] = performance.now() - start;
      latencies[done++] = performance.now() - sent;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const wallMs = performance.now() - start;
  const window = Math.min(30_000, wallMs / 5);
  const finished = ends.subarray(0, done);
  const rateWhile = (from: number, to: number) =>
    (finished.filter((end) => end >= from && end < to).length / (to - from)) * 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const pgAfter = await backendCpuSeconds(test.database.db);
  return {
    done,
    wallMs,
    latencies: latencies.subarray(0, done).sort(),
    /** Requests per second in the first and the last fifth of the phase (at most 30 s each). */
    rates: [rateWhile(0, window), rateWhile(wallMs - window, wallMs + 1)] as const,
    nodeCpu: (cpu.user + cpu.system) / 1e3 / wallMs,
    pgCpu: pgBefore === undefined || pgAfter === undefined ? undefined : pgAfter - pgBefore,
  };
}

/** What a load phase measured: requests done, wall time, sorted latencies, rates, CPU use. */
type Load = Awaited<ReturnType<typeof hammer>>;
const perSecond = (load: Load) => (load.done / load.wallMs) * 1000;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));
const cpu = (load: Load) => {
  const pg = load.pgCpu === undefined ? undefined : (load.pgCpu * 1e3) / load.done;
  return `${(load.nodeCpu * 100).toFixed(0)} % | ${ms((load.nodeCpu * load.wallMs) / load.done)} | ${pg === undefined ? '?' : ms(pg)}`;
};

async function creationThroughHttp(test: TestApp) {
  const desk = await deskWithContract(test);
  const address = await test.app.listen({ port: 0, host: '127.0.0.1' });
  const kinds = [{ kind: 'question' }, { kind: 'incident', severity: 'minor' }] as const;
  const criticality = ['high', 'medium', 'low'] as const;
  const create = (i: number) =>
    fetch(`${address}/api/tickets`, {
      method: 'POST',
      headers: { cookie: desk.client.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        contractId: desk.contractId,
        channel: i % 4 === 0 ? 'email' : 'portal',
        classification: kinds[i % 2],
        criticality: criticality[i % 3],
        subject: `No puedo exportar el informe #${i}`,
        description: 'El botón de exportar no responde desde ayer.',
      }),
    });
  const health = () => fetch(`${address}/health`);
  await hammer(test, WARM_UP_TICKETS, 60_000, create, 201);
  await hammer(test, 2_000, 60_000, health, 200);
  const peer = await hammer(test, HEALTH_REQUESTS, 60_000, health, 200);
  recording = true;
  const created = await hammer(test, TICKETS, CREATE_BUDGET_MS, create, 201);
  recording = false;
  const peerAfter = await hammer(test, HEALTH_REQUESTS, 60_000, health, 200);

  const record = await test.store.contracts.find(desk.contractId);
  if (!record) throw new Error('the contract vanished');
  const contract = await contractContextOf({ ...test.modules.contracts, record });
  const context = contract.slaAt('2026-03-02');
  const { rows } = await sql<{ id: string }>`select id from tickets
    where contract_id = ${desk.contractId} order by number limit 1000`.execute(test.database.db);
  const logs = await Promise.all(rows.map(({ id }) => test.store.tickets.events(id)));
  const now = test.clock.now();
  const sla = await timed(async () => {
    for (const log of logs) projectSla(log, context.policy, context.calendars, now);
  });
  const slaMicros = (sla.median * 1000) / logs.length;
  return { created, peer, peerAfter, slaMicros, address };
}

function printCreation(part: Awaited<ReturnType<typeof creationThroughHttp>>) {
  const { created, peer, peerAfter } = part;
  const p50 = (load: Load) => quantile(load.latencies, 0.5);
  const row = (label: string, load: Load) =>
    `| ${label} | ${fmt(load.done)} | ${(load.wallMs / 1000).toFixed(1)} | ${fmt(perSecond(load))} | ${ms(p50(load))} | ${ms(quantile(load.latencies, 0.99))} | ${fmt(load.rates[0])} → ${fmt(load.rates[1])} | ${cpu(load)} |`;
  const floor = Math.max(perSecond(peer), perSecond(peerAfter));
  const lines = [
    `\nPart 1: HTTP over loopback, ${IN_FLIGHT} requests in flight, keep-alive (fetch).`,
    '| case | requests | s | req/s | p50 ms | p99 ms | req/s first → last fifth | Node CPU (one core = 100 %) | Node CPU ms/req (server + client) | PostgreSQL CPU ms/req |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    row('POST /api/tickets (open ticket, SLA computed)', created),
    row('GET /health before (peer: framework + loopback + select 1)', peer),
    row('GET /health after (peer, again)', peerAfter),
    `Ticket creation runs at 1/${(floor / perSecond(created)).toFixed(1)} of the faster /health rate; p50 latency ${(p50(created) / p50(peer)).toFixed(1)}× that of /health before.`,
  ];
  if (created.done < TICKETS) {
    lines.push(
      `BUDGET: only ${fmt(created.done)} of ${fmt(TICKETS)} tickets fitted in ${CREATE_BUDGET_MS / 1000} s; EXTRAPOLATED at the measured rate, ${fmt(TICKETS)} would take ${fmt(TICKETS / perSecond(created))} s.`,
    );
  }
  const statements = [...sqlStats].sort((a, b) => b[1].ms - a[1].ms);
  const all = statements.reduce(
    (sum, [, s]) => ({ count: sum.count + s.count, ms: sum.ms + s.ms }),
    {
      count: 0,
      ms: 0,
    },
  );
  lines.push(
    '\nWhere a ticket creation goes, SQL side (time from issuing a query to its rows, waiting for one of the pool’s 10 connections included):',
    '| statement | per ticket | mean ms | ms per ticket | share of SQL time |\n|---|---:|---:|---:|---:|',
    ...[...statements, ['all', all] as const].map(
      ([label, s]) =>
        `| ${label} | ${(s.count / created.done).toFixed(2)} | ${ms(s.ms / s.count)} | ${ms(s.ms / created.done)} | ${((s.ms / all.ms) * 100).toFixed(0)} % |`,
    ),
    `projectSla alone (1,000 stored event logs, median of ${RUNS} passes, in memory): ${part.slaMicros.toFixed(1)} µs per ticket, ${(part.slaMicros / 10 / p50(created)).toFixed(2)} % of the p50 request.`,
  );
  console.log(lines.join('\n'));
}

/** Loads BULK tickets into a fresh contract of the demo client, in time order, from one session. */
async function bulkLoad(test: TestApp) {
  const desk = await deskWithContract(test);
  const record = await test.store.contracts.find(desk.contractId);
  if (!record) throw new Error('the contract vanished');
  const start = performance.now();
  await test.database.db.connection().execute(async (db) => {
    await sql`select setseed(0.42)`.execute(db);
    for (let from = 1; from <= BULK; from += BULK_BATCH) {
      const to = Math.min(BULK, from + BULK_BATCH - 1);
      await sql`insert into tickets (id, contract_id, client_id, requester_id, subject, channel,
          classification, kind, criticality, level, status, sla_state, sla_due_at, next_check_at,
          first_response_outcome, opened_at, updated_at)
        select gen_random_uuid(), ${desk.contractId}, ${record.contract.clientId},
          ${desk.requesterId}, 'Bench ticket ' || g, (array['portal', 'email', 'chat'])[1 + g % 3],
          case when g % 5 = 0 then '{"kind":"incident","severity":"minor"}'::jsonb
            else '{"kind":"question"}'::jsonb end,
          case when g % 5 = 0 then 'incident' else 'question' end,
          case when c < 0.2 then 'high' when c < 0.7 then 'medium' else 'low' end,
          'L1', case when o < 0.95 then 'closed' else 'open' end,
          case when o < 0.85 then 'met' when o < 0.95 then 'breached' else 'running' end,
          due, due,
          case when o < 0.85 then 'met' when o < 0.95 then 'breached' end,
          opened, opened + interval '2 hours'
        from (select *, case when o < 0.95 then null else opened + interval '1 hour' end as due
          from (select g, random() as c, random() as o, ${BULK_FROM}::timestamptz
              + make_interval(secs => (g - 1) * ${BULK_SECONDS}::float8 / ${BULK}) as opened
            from generate_series(${from}::int, ${to}::int) as g) as spread) as dated`.execute(db);
    }
  });
  const loadMs = performance.now() - start;
  const vacuumStart = performance.now();
  await sql`vacuum analyze tickets`.execute(test.database.db);
  console.log(
    `\nBulk load: ${fmt(BULK)} rows in ${BULK / BULK_BATCH} INSERT … SELECT generate_series statements, ${(loadMs / 1000).toFixed(1)} s, vacuum analyze ${((performance.now() - vacuumStart) / 1000).toFixed(1)} s`,
  );
  return record;
}

/** Milliseconds per run after two warm-ups: median and p95 over RUNS runs. */
async function timed(work: () => Promise<unknown>) {
  for (let i = 0; i < 2; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: quantile(times, 0.5), p95: quantile(times, 0.95) };
}
type Timing = Awaited<ReturnType<typeof timed>>;

async function compliance(test: TestApp, part1: Awaited<ReturnType<typeof creationThroughHttp>>) {
  const record = await bulkLoad(test);
  // the report covers a period that has begun: the app's clock moves to the end of the bulk range
  test.clock.advance(Math.max(0, BULK_END.getTime() - test.clock.now().getTime()));
  const agent = await test.cookieFor(demoUserByRole.agent, true);
  const { db } = test.database;
  const contractId = record.contract.id;
  const report = () =>
    complianceReport({
      ...test.modules.desk,
      actor: { system: 'job' },
      contractId,
      date: REPORT_DATE,
    });
  const { period } = await report();
  // the period in the contract's zone, as the report cuts it
  const zone = (await contractContextOf({ ...test.modules.contracts, record })).timeZone;
  const from = startOfLocalDay(period.start, zone);
  const to = startOfLocalDay(period.end, zone);
  const naive = async () => {
    const rows = await db
      .selectFrom('tickets')
      .select(['criticality', 'first_response_outcome'])
      .where('contract_id', '=', contractId)
      .where('opened_at', '>=', from)
      .where('opened_at', '<', to)
      .execute();
    const counts = new Map<string, { met: number; total: number }>();
    for (const row of rows) {
      if (row.first_response_outcome === null) continue;
      const count = counts.get(row.criticality) ?? { met: 0, total: 0 };
      count.total++;
      if (row.first_response_outcome === 'met') count.met++;
      counts.set(row.criticality, count);
    }
    return { rows: rows.length, counts };
  };
  const viaHttp = async () => {
    const response = await fetch(
      `${part1.address}/api/contracts/${contractId}/compliance?date=${REPORT_DATE}`,
      { headers: { cookie: agent } },
    );
    if (response.status !== 200) throw new Error(`compliance: ${await response.text()}`);
    return response.json();
  };
  const wholeRange = () =>
    test.store.compliance.complianceCounts(contractId, new Date(BULK_FROM), BULK_END, BULK_END);
  const explain = async () => {
    const { rows } = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers, costs off)
      select criticality, count(*) as total,
        count(case when first_response_outcome = 'met' then 1 end) as met
      from tickets where contract_id = ${contractId} and opened_at >= ${from} and opened_at < ${to}
        and first_response_outcome is not null group by criticality`.execute(db);
    return rows.map((row) => `    ${row['QUERY PLAN']}`).join('\n');
  };

  const ours = (await report()).rows;
  const peerRun = await naive();
  const agree = ours.every(({ criticality, met, total }) => {
    const peer = peerRun.counts.get(criticality);
    return (peer?.met ?? 0) === met && (peer?.total ?? 0) === total;
  });
  console.log(
    `\nPart 2: compliance of one contract with ${fmt(BULK)} tickets; period ${period.start} – ${period.end} holds ${fmt(peerRun.rows)} of them. ${RUNS} runs after 2 warm-ups.`,
  );
  console.log(
    `Report: ${ours.map((r) => `${r.criticality} ${r.met}/${r.total} ${r.verdict}`).join(', ')}; the naive count ${agree ? 'agrees' : 'DISAGREES'}.`,
  );
  const peer = await timed(naive);
  const measured = {
    report: await timed(report),
    http: await timed(viaHttp),
    whole: await timed(wholeRange),
  };
  const vsPeer = (t: Timing) => `${(peer.median / t.median).toFixed(1)}× faster`;
  const line = (label: string, t: Timing, vs: string) =>
    console.log(`| ${label} | ${ms(t.median)} | ${ms(t.p95)} | ${vs} |`);
  console.log('| case | median ms | p95 ms | vs naive peer (median) |\n|---|---:|---:|---:|');
  line('complianceReport, one month', measured.report, vsPeer(measured.report));
  line('GET /api/contracts/:id/compliance', measured.http, vsPeer(measured.http));
  line(`complianceCounts over all ${fmt(BULK)}`, measured.whole, '');
  line('naive peer: load the month’s rows into Node, count there', peer, '1×');
  const verdict = measured.http.median < 1000 ? 'under' : 'OVER';
  console.log(
    `Target 1 s: the API answers in ${ms(measured.http.median)} ms median (${verdict} target).`,
  );
  console.log(`\nPlan of the report's query:\n${await explain()}`);
}

async function main() {
  const started = performance.now();
  console.log(
    `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}. Server, client and PostgreSQL share this machine.`,
  );
  const server = await provision();
  const opened = openPostgres(server.url);
  const handle = { ...opened, db: opened.db.withPlugin(sqlTimer) };
  try {
    await migrateToLatest(handle.db);
    const test = await buildTestApp(handle);
    try {
      const part1 = await creationThroughHttp(test);
      printCreation(part1);
      await compliance(test, part1);
    } finally {
      await test.app.close();
    }
  } finally {
    await handle.close();
    await server.stop();
  }
  console.log(
    `\nNotes: PostgreSQL ${server.label}. Every HTTP ticket opens at the TestClock's 2026-03-02 09:00 UTC; part 2 moves that clock to ${BULK_END.toISOString()}. Bulk-loaded tickets have no events or messages (the report reads only the tickets table).`,
  );
  const load = loadavg()[0] ?? 0;
  const busy =
    load > cpus().length ? ': above the CPU count, other processes slowed these timings' : '';
  console.log(
    `Total run time ${((performance.now() - started) / 1000).toFixed(1)} s; load average at the end ${load.toFixed(1)}${busy}.`,
  );
}

await main();
