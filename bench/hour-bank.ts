/**
 * Hour-bank benchmark: the balance and the monthly statement of one contract with 100,000
 * ledger entries, on embedded PGlite (in memory) and on a real PostgreSQL, beside a naive
 * one-query SQL sum over the same table, printed as a table.
 *   npx tsx bench/hour-bank.ts
 * Data: a seed-002 Infinity 100 contract from 2022-01-01 (6,000 minutes a month, usable through
 * the next month), 48 closed monthly periods of consumption and adjustments, each closed by the
 * domain's `closePeriod`, and half of the current month, built in memory and bulk-inserted, with
 * the checkpoint of each closed month that closing writes (issue 18 #16). The balance read from
 * the checkpoint is printed beside the full replay it replaced and the naive sum.
 * PostgreSQL: DATABASE_URL (a throwaway database is created in it and dropped) or a throwaway
 * cluster started from the local binaries.
 */
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import pg from 'pg';
import { createContract } from '../src/app/contracts/index.js';
import { readBalance, readStatement } from '../src/app/hour-bank/index.js';
import { savePlan } from '../src/app/plans/index.js';
import type { Clock } from '../src/app/shared/index.js';
import {
  type Contract,
  periodByIndex,
  periodOf,
  scheduleOf,
} from '../src/domain/contracts/index.js';
import {
  balanceAt,
  type Checkpoint,
  checkAppend,
  checkpointAfter,
  closePeriod,
  type LedgerEntry,
  type NewEntry,
  statement,
} from '../src/domain/hour-bank/index.js';
import type { Actor } from '../src/domain/identity/policy.js';
import { addDays } from '../src/domain/time/index.js';
import { composeModules } from '../src/main/compose.js';
import { type DatabaseHandle, openEmbedded, openPostgres } from '../src/store/database.js';
import { decodeEntry, encodeEntry } from '../src/store/hour-bank/codec.js';
import { openStore } from '../src/store/index.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { randomIds } from '../test/support/app.js';
import { testOrigin } from '../test/support/origin.js';
import { findPostgresBin, startPostgresCluster } from '../test/support/postgres-cluster.js';

const ENTRIES = 100_000;
const CLOSED_PERIODS = 48;
const START = '2022-01-01';
const MID_HISTORY = '2024-01-15';
const WARM_UPS = 3;
const RUNS = 20;
/** A case stops early (after at least MIN_RUNS) once it took this long, warm-ups included: the run stays < 3 min. */
const CASE_BUDGET_MS = 8_000;
const MIN_RUNS = 5;
const INSERT_BATCH = 2_000;
const clock: Clock = { now: () => new Date('2026-01-16T12:00:00Z') };
/** The provider's administrator, as whom the bench reads and defines its plan. */
const benchAdmin: Actor = {
  userId: '00000000-0000-4000-8000-000000000000',
  organisationId: '00000000-0000-4000-8000-000000000000',
  organisationKind: 'provider',
  role: 'provider_admin',
  managedClientIds: [],
};

/** A fixed linear congruential sequence in [0, 1): the same ledger on every run and engine. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * The ledger after the contract's initial entries: per period, consumption spread over its days
 * (about 1% adjustments), its total 70–130% of the allotment so that some months expire hours and
 * others go into overage, then the period's closing entries from the domain. Ids continue the
 * store's sequence. Every entry passes `checkAppend`: closing entries and removals against the
 * whole ledger; consumption and added hours against the overage entries so far, which are all
 * that `checkAppend` reads for those types (the closed periods), so that the check stays O(periods).
 */
function buildLedger(contract: Contract, initial: readonly LedgerEntry[]): LedgerEntry[] {
  const schedule = scheduleOf(contract);
  const random = sequence(7);
  const ledger = [...initial];
  const closedMarkers: LedgerEntry[] = [];
  let nextId = Number(initial.at(-1)?.id ?? 0) + 1;
  const append = (entry: NewEntry, checkedAgainst: readonly LedgerEntry[]) => {
    checkAppend(contract, checkedAgainst, entry);
    const stored = { ...entry, id: String(nextId++) } as LedgerEntry;
    ledger.push(stored);
    if (stored.type === 'overage') closedMarkers.push(stored);
  };
  /** A removal reads the balance, so it is checked against the whole ledger; refused, it adds instead. */
  const appendRemoval = (removal: NewEntry & { type: 'adjust' }) => {
    try {
      append(removal, ledger);
    } catch {
      append({ ...removal, minutes: -removal.minutes, reason: 'goodwill credit' }, closedMarkers);
    }
  };
  const perPeriod = Math.floor((ENTRIES - initial.length) / (CLOSED_PERIODS + 0.5)) - 3;
  const allotment = contract.plan.includedMinutesPerPeriod;
  let ticket = 0;
  for (let index = 0; index <= CLOSED_PERIODS; index++) {
    const period = periodByIndex(schedule, index);
    const open = index === CLOSED_PERIODS;
    const count = open ? ENTRIES - ledger.length : perPeriod;
    const days = open
      ? 15
      : Math.round((Date.parse(period.end) - Date.parse(period.start)) / 864e5);
    const meanMinutes = (allotment * (0.7 + 0.6 * random())) / perPeriod;
    for (let j = 0; j < count; j++) {
      const on = addDays(period.start, Math.floor((j * days) / count));
      if (random() < 0.01) {
        const added = random() < 0.5;
        const entry: NewEntry = added
          ? {
              type: 'adjust',
              on,
              minutes: 30 + Math.floor(random() * 90),
              reason: 'goodwill credit',
              expiresOn: random() < 0.5 ? period.end : null,
            }
          : {
              type: 'adjust',
              on,
              minutes: -(15 + Math.floor(random() * 45)),
              reason: 'correction',
              expiresOn: null,
            };
        if (added) append(entry, closedMarkers);
        else appendRemoval(entry);
        continue;
      }
      if (random() < 0.4) ticket++;
      const consume: NewEntry = {
        type: 'consume',
        on,
        minutes: Math.max(1, Math.round(random() * 2 * meanMinutes)),
        kind: 'question',
        ticketId: `T-${ticket}`,
        needsApproval: false,
      };
      append(consume, closedMarkers);
    }
    if (open) break;
    for (const entry of closePeriod(contract, ledger, period)) append(entry, ledger);
  }
  return ledger;
}

/** Signs the contract through the use-cases, then bulk-inserts its ledger with explicit ids. */
async function seed(handle: DatabaseHandle) {
  await migrateToLatest(handle.db);
  const store = openStore(handle.db);
  const modules = composeModules(store, clock, randomIds);
  // the bench itself acts: no signed-in user, audited as the test setup
  const bench = { actor: { system: 'cli' } as const, origin: testOrigin };
  const client = await store.organisations.create({
    id: randomIds.newId(),
    kind: 'client',
    name: 'Bench client',
    partnerId: null,
    timeZone: 'Europe/Madrid',
    createdAt: clock.now(),
  });
  const plan = await savePlan({
    ...modules.plans,
    actor: benchAdmin,
    origin: testOrigin,
    name: 'Infinity 100 (bench)',
    presetId: 'seed002-infinity-100',
    params: {},
  });
  const record = await createContract({
    ...modules.contracts,
    ...bench,
    // signed on its first day, so nothing is closed yet: the bench writes the whole history itself
    clock: { now: () => new Date(`${START}T12:00:00Z`) },
    input: {
      clientId: client.id,
      planId: plan.id,
      name: 'Bench contract',
      start: START,
      end: null,
      overrides: {},
    },
  });
  const { contract } = record;
  const initial = await store.ledger.entries(contract.id);
  const ledger = buildLedger(contract, initial);
  const created_at = clock.now();
  const fresh = ledger.slice(initial.length);
  for (let from = 0; from < fresh.length; from += INSERT_BATCH) {
    const rows = fresh.slice(from, from + INSERT_BATCH).map(({ id, ...entry }) => ({
      ...encodeEntry(entry as NewEntry),
      id,
      contract_id: contract.id,
      created_at,
      created_by: null,
    }));
    await handle.db.insertInto('ledger_entries').values(rows).execute();
  }
  await sql`select setval(pg_get_serial_sequence('ledger_entries', 'id'), (select max(id) from ledger_entries))`.execute(
    handle.db,
  );
  let checkpoint: Checkpoint | null = null;
  for (let index = 0; index < CLOSED_PERIODS; index++) {
    const period = periodByIndex(scheduleOf(contract), index);
    checkpoint = checkpointAfter(contract, ledger, period, checkpoint);
    await store.ledger.saveCheckpoint(contract.id, checkpoint, created_at);
  }
  await sql`analyze ledger_entries`.execute(handle.db);
  return { store, modules, record, ledger };
}

/** Milliseconds of each run after the warm-ups: median, 95th percentile and how many runs. */
async function timed(work: () => Promise<unknown> | unknown) {
  const deadline = performance.now() + CASE_BUDGET_MS;
  for (let i = 0; i < WARM_UPS; i++) await work();
  const times: number[] = [];
  while (times.length < RUNS && (times.length < MIN_RUNS || performance.now() < deadline)) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)] ?? 0;
  return { median: at(0.5), p95: at(0.95), runs: times.length };
}

type Timing = Awaited<ReturnType<typeof timed>>;

/** A ledger row as the store reads it. */
type StoredRow = { id: string; type: string; on_date: string; body: unknown };

/** What one engine measured, in the order the table prints it. */
interface EngineResult {
  engine: string;
  seedMs: number;
  rows: [label: string, timing: Timing][];
  peer: Timing;
  /** Pacta's balance beside the naive sum, and what the ledger holds. */
  summary: string;
  mix: string;
}

/** How many entries of each type, and how many closed months billed overage. */
function describeLedger(ledger: readonly LedgerEntry[]): string {
  const counts = new Map<string, number>();
  for (const entry of ledger) counts.set(entry.type, (counts.get(entry.type) ?? 0) + 1);
  const billed = ledger.filter((entry) => entry.type === 'overage' && entry.minutes > 0).length;
  const types = [...counts].map(([type, n]) => `${n.toLocaleString('en-US')} ${type}`);
  return `${types.join(', ')}; ${billed} of ${CLOSED_PERIODS} closed months billed overage`;
}

/** The naive balance: one sum over the table, no FIFO, no expiry, no approvals, no overage. */
async function naiveBalance(handle: DatabaseHandle, contractId: string, date: string) {
  const result = await sql<{ balance: string | null }>`
    select sum(case type
      when 'grant' then (body->>'minutes')::int
      when 'adjust' then (body->>'minutes')::int
      when 'consume' then -(body->>'minutes')::int
      else 0 end) as balance
    from ledger_entries where contract_id = ${contractId} and on_date <= ${date}`.execute(
    handle.db,
  );
  return Number(result.rows[0]?.balance ?? 0);
}

async function benchEngine(engine: string, handle: DatabaseHandle): Promise<EngineResult> {
  const seedStart = performance.now();
  const { store, modules, record, ledger } = await seed(handle);
  const seedMs = performance.now() - seedStart;
  const { contract } = record;
  const { id } = contract;
  const today = ledger.at(-1)?.on ?? START;
  const loaded = await store.ledger.entries(id);
  if (loaded.length !== ENTRIES) throw new Error(`loaded ${loaded.length} entries, not ${ENTRIES}`);
  const balance = balanceAt(contract, loaded, today);
  if (balance.availableMinutes !== balanceAt(contract, ledger, today).availableMinutes) {
    throw new Error('the stored ledger does not give the balance of the generated one');
  }
  const mid = periodOf(scheduleOf(contract), MID_HISTORY);
  const read = { ...modules.hourBank, actor: benchAdmin, contractId: id };
  const fromCheckpoint = await readBalance({ ...read, date: today });
  if (JSON.stringify(fromCheckpoint) !== JSON.stringify(balance)) {
    throw new Error('the balance from the checkpoint is not the full replay’s');
  }
  const { checkpoint, entries: openEntries } = await store.ledger.replayInput(id, today);
  const rawRows = async () =>
    (
      await sql<StoredRow>`select id, type, on_date, body from ledger_entries
        where contract_id = ${id} order by id`.execute(handle.db)
    ).rows;
  const raw = await rawRows();
  const rows: EngineResult['rows'] = [
    [
      'balance (readBalance, from the checkpoint)',
      await timed(() => readBalance({ ...read, date: today })),
    ],
    [
      `· load checkpoint + ${openEntries.length.toLocaleString('en-US')} open-period entries`,
      await timed(() => store.ledger.replayInput(id, today)),
    ],
    [
      '· derive from the checkpoint (in memory)',
      await timed(() => balanceAt(contract, openEntries, today, checkpoint)),
    ],
    [
      'balance by full replay (before checkpoints: load all + derive)',
      await timed(async () => balanceAt(contract, await store.ledger.entries(id), today)),
    ],
    ['· load 100k entries (ledger.entries)', await timed(() => store.ledger.entries(id))],
    ['· · SQL + pg row parsing, no decode', await timed(rawRows)],
    ['· · decodeEntry × 100k (in memory)', await timed(() => raw.map(decodeEntry))],
    ['· derive (balanceAt, in memory)', await timed(() => balanceAt(contract, loaded, today))],
    [
      `statement ${mid.key.slice(0, 7)} (readStatement, from its checkpoint)`,
      await timed(() => readStatement({ ...read, date: MID_HISTORY })),
    ],
    [
      '· derive (statement from all 100k entries, in memory)',
      await timed(() => statement(contract, loaded, mid)),
    ],
  ];
  const peer = await timed(() => naiveBalance(handle, id, today));
  return {
    engine,
    seedMs,
    rows,
    peer,
    summary: `on ${today} Pacta: available ${balance.availableMinutes}, pending ${balance.pendingMinutes}, uncovered ${balance.uncoveredMinutes} | naive sum ${await naiveBalance(handle, id, today)}`,
    mix: describeLedger(ledger),
  };
}

async function withAdmin(url: string, statementText: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statementText);
  } finally {
    await client.end();
  }
}

/** A PostgreSQL to measure on: a fresh database in DATABASE_URL, or a throwaway cluster. */
async function openServer(): Promise<{
  handle: DatabaseHandle;
  label: string;
  stop(): Promise<void>;
}> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `pacta_bench_${randomBytes(6).toString('hex')}`;
    await withAdmin(url, `create database ${name}`);
    const dbUrl = new URL(url);
    dbUrl.pathname = `/${name}`;
    const handle = openPostgres(dbUrl.toString());
    return {
      handle,
      label: 'PostgreSQL (DATABASE_URL)',
      async stop() {
        await handle.close();
        await withAdmin(url, `drop database if exists ${name} with (force)`);
      },
    };
  }
  const bin = findPostgresBin();
  if (!bin) throw new Error('no PostgreSQL binaries found and DATABASE_URL is not set');
  const cluster = await startPostgresCluster(bin);
  const handle = openPostgres(cluster.url);
  return {
    handle,
    label: 'PostgreSQL',
    async stop() {
      await handle.close();
      cluster.stop();
    },
  };
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0));

function printResults(results: readonly EngineResult[]) {
  console.log(
    '\n| engine | case | runs | median ms | p95 ms | naive SQL sum median ms | Pacta / naive |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|');
  for (const { engine, rows, peer } of results) {
    for (const [label, timing] of rows) {
      const versusPeer = label.startsWith('balance')
        ? `${ms(peer.median)} | ${(timing.median / peer.median).toFixed(1)}×`
        : ' | ';
      console.log(
        `| ${engine} | ${label} | ${timing.runs} | ${ms(timing.median)} | ${ms(timing.p95)} | ${versusPeer} |`,
      );
    }
    console.log(
      `| ${engine} | naive SQL sum (peer) | ${peer.runs} | ${ms(peer.median)} | ${ms(peer.p95)} | | |`,
    );
  }
  console.log(`\nLedger: ${results[0]?.mix}.`);
  console.log('Balance in minutes (the naive sum is not meant to agree):');
  for (const r of results) {
    console.log(
      `  ${r.engine.padEnd(26)} ${r.summary} | seeded in ${(r.seedMs / 1000).toFixed(1)} s`,
    );
  }
  console.log(
    [
      `\nNotes: ${WARM_UPS} warm-ups, then ${RUNS} runs per case (fewer once a case has taken ${CASE_BUDGET_MS / 1000} s).`,
      'Rows marked · are the parts of the nearest row above with one mark fewer.',
      'The naive SQL sum (grants + adjustments − consumption in one query) ignores FIFO order, expiry,',
      'pending approvals and overage: it is a floor for any balance read, not an equivalent, and its',
      'number is not the balance.',
    ].join('\n'),
  );
}

async function main() {
  const started = performance.now();
  console.log(
    `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}. One contract, ${ENTRIES.toLocaleString('en-US')} ledger entries (${CLOSED_PERIODS} closed months + half of the current one).`,
  );
  const results: EngineResult[] = [];
  const embedded = await openEmbedded('memory');
  try {
    results.push(await benchEngine('PGlite (memory)', embedded));
  } finally {
    await embedded.close();
  }
  const server = await openServer();
  try {
    results.push(await benchEngine(server.label, server.handle));
  } finally {
    await server.stop();
  }
  printResults(results);
  const load = loadavg()[0] ?? 0;
  const busy =
    load > cpus().length ? ': above the CPU count, other processes slowed these timings' : '';
  console.log(
    `\nTotal run time ${((performance.now() - started) / 1000).toFixed(1)} s; load average at the end ${load.toFixed(1)}${busy}.`,
  );
}

await main();
