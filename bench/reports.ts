/**
 * Reports benchmark, pure part (no database), printed as a table:
 *   npx tsx bench/reports.ts
 * 1. The monthly statement PDF (Spanish) of a contract with 10,000 ledger entries: model
 *    (`hourStatement`: the ledger replayed, its lines joined to the work log), layout and
 *    pdfmake, in two shapes: (a) the entries spread over 24 months (the statement of a month of
 *    ~400 lines, printed whole) and (b) all of them in one month (10,000 lines: more than a
 *    printed table holds, so the PDF shows them per day with the same totals and the CSV lists
 *    every line; the CSV of that month is timed too).
 *    Peer: pdfmake printing the same period's consume entries as a bare table, with no model,
 *    no translation and no formatting (for (b), the ~200 pages a line-per-row PDF would be).
 * 2. The SLA compliance report of 1,000,000 tickets, pure part: the model from per-criticality
 *    counts (what bench/desk.ts's index-only SQL returns) with a 12-period trend and 200 listed
 *    breaches, its layout and PDF. Peer: the naive path, the period's 1,000,000 per-ticket
 *    outcomes brought into Node and counted there before the same model.
 * Median of RUNS after WARM_UPS warm-ups, as a long-running server renders (case 1b, ~300 pages:
 * one run after one warm-up).
 */
import { cpus, loadavg } from 'node:os';
import {
  type Contract,
  type Period,
  periodByIndex,
  scheduleOf,
} from '../src/domain/contracts/index.js';
import { closePeriod, type LedgerEntry, missingGrants } from '../src/domain/hour-bank/index.js';
import {
  type BreachedTicket,
  type CriticalityCount,
  complianceReport,
  hourStatement,
  type TicketFacts,
  type WorkLogRow,
} from '../src/domain/reports/index.js';
import { complianceFor, type ResponseOutcome } from '../src/domain/sla/compliance.js';
import { type Criticality, criticalities } from '../src/domain/tickets/vocabulary.js';
import {
  complianceDocument,
  renderCsv,
  renderPdf,
  statementDocument,
} from '../src/reports/index.js';
import { printPdf } from '../src/reports/pdf.js';
import { buildContract } from '../test/factories/contracts.js';
import { MemoryLedger } from '../test/factories/hour-bank.js';

const ENTRIES = 10_000;
const TICKETS = 1_000_000;
const RUNS = 5;
/** Warm-ups before timing: pdfmake and pdfkit load lazily and the JIT needs a few documents. */
const WARM_UPS = 3;
const heading = {
  contractName: 'Infinity 100',
  clientName: 'Clínica Norte',
  issuedOn: '2026-01-01',
  timeZone: 'America/Santiago',
};
const createdAt = new Date(Date.UTC(2026, 0, 1));

/** A fixed linear congruential sequence in [0, 1): the same data on every run. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function median(run: () => unknown, runs = RUNS): Promise<number> {
  for (let i = 0; i < Math.min(WARM_UPS, runs); i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

/** A ledger of `ENTRIES` consumes over `months` closed months, with its work log and tickets. */
function bigLedger(months: number): {
  contract: Contract;
  entries: LedgerEntry[];
  work: WorkLogRow[];
  tickets: TicketFacts[];
  period: Period;
} {
  const contract = buildContract({
    start: '2024-01-01',
    plan: { includedMinutesPerPeriod: 600_000 },
  });
  const schedule = scheduleOf(contract);
  const ledger = new MemoryLedger();
  const work: WorkLogRow[] = [];
  const random = sequence(7);
  ledger.append(...missingGrants(contract, [], periodByIndex(schedule, 0)));
  const perMonth = Math.ceil(ENTRIES / months);
  for (let month = 0; month < months; month++) {
    const period = periodByIndex(schedule, month);
    for (let i = 0; i < perMonth && work.length < ENTRIES; i++) {
      const day = String(1 + Math.floor((i * 28) / perMonth)).padStart(2, '0');
      const on = `${period.start.slice(0, 8)}${day}`;
      const minutes = 30 + Math.floor(random() * 90);
      const ticketRef = `INF-${work.length + 1}`;
      const kind = random() < 0.5 ? 'corrective' : 'evolutive';
      const [entry] = ledger.append({
        type: 'consume',
        on,
        minutes,
        kind,
        ticketId: ticketRef,
        needsApproval: false,
      });
      work.push({
        ledgerEntryId: entry?.id ?? null,
        ticketRef,
        kind,
        on,
        workedMinutes: minutes,
        chargedMinutes: minutes,
        reasons: [],
      });
    }
    ledger.append(...closePeriod(contract, ledger.entries, period));
  }
  const tickets = work.map((w, i) => ({
    ref: w.ticketRef,
    title: `Solicitud ${i + 1}`,
    requester: ['Ana Rojas', 'Bruno Díaz', 'Carla Soto'][i % 3] ?? null,
  }));
  return {
    contract,
    entries: ledger.entries,
    work,
    tickets,
    period: periodByIndex(schedule, months - 1),
  };
}

async function statementCase(label: string, months: number, runs: number) {
  const data = bigLedger(months);
  const build = () => hourStatement(data);
  const lines = build().consumption.length;
  const model = await median(build);
  const full = await median(
    () => renderPdf(statementDocument(build(), 'es', heading), createdAt),
    runs,
  );
  const csv = await median(() => renderCsv(statementDocument(build(), 'es', heading)), runs);
  const peer = await median(() => {
    const rows = data.entries.flatMap((e) =>
      e.type === 'consume' && e.on >= data.period.start && e.on < data.period.end
        ? [[e.on, e.ticketId, e.kind, String(e.minutes)]]
        : [],
    );
    return printPdf({
      content: [{ table: { headerRows: 1, body: [['on', 'ticket', 'kind', 'minutes'], ...rows] } }],
    });
  }, runs);
  const pages =
    (await renderPdf(statementDocument(build(), 'es', heading), createdAt))
      .toString('latin1')
      .match(/\/Type \/Page\b/g)?.length ?? 0;
  return {
    label: `${label}: ${lines} lines, ${pages} pages`,
    model,
    full,
    csv,
    peer,
    entries: data.entries.length,
  };
}

function countsOf(
  outcomes: readonly { criticality: Criticality; outcome: ResponseOutcome }[],
): CriticalityCount[] {
  return criticalities.map((criticality) => {
    const group = outcomes.filter((o) => o.criticality === criticality).map((o) => o.outcome);
    const judged = complianceFor(group, 90, 10);
    return { criticality, met: judged.met, total: judged.total };
  });
}

async function complianceCase() {
  const contract = buildContract();
  const schedule = scheduleOf(contract);
  const random = sequence(11);
  const outcomes = Array.from({ length: TICKETS }, () => ({
    criticality:
      (['high', 'medium', 'medium', 'low'] as const)[Math.floor(random() * 4)] ?? 'medium',
    outcome: (random() < 0.9 ? 'met' : 'breached') as ResponseOutcome,
  }));
  const counts = countsOf(outcomes);
  const listed = (criticality: Criticality, n: number): BreachedTicket[] =>
    Array.from({ length: n }, (_, i) => ({
      ticketRef: `INF-${criticality}-${i}`,
      title: null,
      requester: 'Ana Rojas',
      criticality,
      openedAt: Date.UTC(2025, 11, 1 + (i % 28), 13),
      dueAt: Date.UTC(2025, 11, 1 + (i % 28), 14),
      respondedAt: Date.UTC(2025, 11, 1 + (i % 28), 16),
      steps: [{ code: 'breached', at: Date.UTC(2025, 11, 1 + (i % 28), 14) }],
    }));
  // 200 breaches listed: the report's input is what the store lists, so the counts here match them.
  const shown = counts.map((c, i) => ({
    ...c,
    met: c.total - (i === 0 ? 100 : i === 1 ? 60 : 40),
  }));
  const breaches = [...listed('high', 100), ...listed('medium', 60), ...listed('low', 40)];
  const history = Array.from({ length: 11 }, (_, i) => ({
    period: periodByIndex(schedule, i),
    counts: shown,
  }));
  const period = periodByIndex(schedule, 11);
  const report = (c: CriticalityCount[]) =>
    complianceReport({ contract, period, counts: c, breaches, history });
  const fromCounts = await median(() =>
    renderPdf(complianceDocument(report(shown), 'es', heading), createdAt),
  );
  const modelOnly = await median(() => report(shown));
  const naive = await median(() => {
    countsOf(outcomes);
    return renderPdf(complianceDocument(report(shown), 'es', heading), createdAt);
  });
  return { fromCounts, modelOnly, naive };
}

const ms = (value: number) => `${value.toFixed(0).padStart(7)} ms`;
console.log(
  `Node ${process.version}, ${cpus().length} cores, load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; median of ${RUNS} runs after ${WARM_UPS} warm-ups.`,
);
console.log(
  `\n1. Statement PDF of a contract with ${ENTRIES.toLocaleString('en')} ledger entries (target < 1 s)`,
);
console.log(
  'case                                         | model      | model+PDF  | model+CSV  | peer: bare pdfmake table',
);
for (const [label, months, runs] of [
  ['(a) 24 months', 24, RUNS],
  ['(b) one month', 1, 1],
] as const) {
  const r = await statementCase(label, months, runs);
  console.log(
    `${r.label.padEnd(44)} | ${ms(r.model)} | ${ms(r.full)} | ${ms(r.csv)} | ${ms(r.peer)}   (${r.entries} entries)`,
  );
}
const c = await complianceCase();
console.log(
  `\n2. SLA compliance report of ${TICKETS.toLocaleString('en')} tickets, pure part (target < 1 s)`,
);
console.log(`model from counts                            | ${ms(c.modelOnly)}`);
console.log(`model + PDF from counts (12-period trend, 200 breaches) | ${ms(c.fromCounts)}`);
console.log(`peer: count 1,000,000 outcomes in Node, then model + PDF | ${ms(c.naive)}`);
