/**
 * `pacta calendar eval` as a whole process (issue 18 #17: ≥ 100,000 lines/s on the seed
 * calendars), beside a moment-business-time CLI given the same cases in the same run.
 *   npx tsx bench/calendar-eval.ts [--lines N] [--runs R]
 * Cases: the seed presets' calendars (seeds 001, 002 and 004: Madrid, Santiago and Bogotá with
 * their national holidays) in turn, each an 8-hour add, an isOpen or a nextOpen from an instant of
 * 2026. Pacta reads its documented lines (the calendar inline, compiled once per distinct one) and
 * runs compiled, as `pacta` does; the peer (bench/lib/moment-eval.mjs) reads the calendar's name,
 * its hours and holidays (from Pacta's tables) loaded once as locales. Wall time from spawn to
 * exit, the input written from memory; the answers are compared case by case.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicHolidays } from '../src/domain/calendar/holidays.js';
import { formatInstant } from '../src/domain/calendar/instant.js';
import { DAY_MS } from '../src/domain/calendar/time.js';
import { presetCalendars } from '../src/domain/plans/preset-calendars.js';
import { flag } from './lib/flags.js';

const LINES = flag('--lines', 300_000);
const RUNS = flag('--runs', 3);
const ops = ['add', 'isOpen', 'nextOpen'] as const;
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** The peer's locale for a calendar: its zone, hours per weekday (0 = Sunday) and holidays. */
function peerCalendar({ spec }: (typeof presetCalendars)[number]) {
  const workinghours = Object.fromEntries(
    weekdays.map((day, index) => {
      const intervals = spec.week[day] ?? [];
      return [index, intervals.length === 0 ? null : intervals.flat().map((t) => `${t}:00`)];
    }),
  );
  const holidays = (spec.holidayRegions ?? []).flatMap(({ country, region }) =>
    [2026, 2027].flatMap((year) =>
      [...publicHolidays(country, region, year)].map((day) =>
        formatInstant(day * DAY_MS).slice(0, 10),
      ),
    ),
  );
  return { zone: spec.timeZone, workinghours, holidays };
}

const pactaLines: string[] = [];
const peerLines: string[] = [];
const yearMinutes = 360 * 1440;
for (let id = 0; id < LINES; id++) {
  const calendar = presetCalendars[id % presetCalendars.length];
  const op = ops[Math.floor(id / presetCalendars.length) % ops.length];
  if (!calendar || !op) throw new Error('no case');
  const at = formatInstant(Date.UTC(2026, 0, 1) + ((id * 7_919) % yearMinutes) * 60_000);
  const seconds = op === 'add' ? { seconds: 28_800 } : {};
  pactaLines.push(JSON.stringify({ id, calendar: calendar.spec, op, at, ...seconds }));
  peerLines.push(JSON.stringify({ id, cal: calendar.name, op, at, ...seconds }));
}
const dir = mkdtempSync(join(tmpdir(), 'pacta-bench-eval-'));
const peerCalendars = join(dir, 'calendars.json');
writeFileSync(
  peerCalendars,
  JSON.stringify(Object.fromEntries(presetCalendars.map((c) => [c.name, peerCalendar(c)]))),
);

/** Runs `node args` with `lines` on stdin; answers its wall time and its output lines. */
function run(args: string[], lines: string[]): Promise<{ ms: number; out: string[] }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) reject(new Error(`node ${args.join(' ')} exited with ${code}`));
      else resolve({ ms, out: Buffer.concat(chunks).toString('utf8').trimEnd().split('\n') });
    });
    child.stdin.end(`${lines.join('\n')}\n`);
  });
}

/** The cases whose answers differ, instants compared as instants. */
function disagreeing(pacta: string[], peer: string[]): number[] {
  const same = (a: string | undefined, b: string | undefined) => {
    const [x, y] = [JSON.parse(a ?? '{}'), JSON.parse(b ?? '{}')];
    return 'open' in x ? x.open === y.open : Date.parse(x.at) === Date.parse(y.at);
  };
  return pacta.flatMap((line, index) => (same(line, peer[index]) ? [] : [index]));
}

console.log('compiling the CLI (tsc -p tsconfig.build.json)…');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
console.log(
  `${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)}; ${LINES.toLocaleString('en')} lines, ` +
    `median of ${RUNS} runs, alternating`,
);
const times = { pacta: [] as number[], peer: [] as number[] };
let differ: number[] = [];
let answers = { pacta: [] as string[], peer: [] as string[] };
for (let r = 0; r < RUNS; r++) {
  const pacta = await run(['dist/main/cli.js', 'calendar', 'eval'], pactaLines);
  const peer = await run(['bench/lib/moment-eval.mjs', peerCalendars], peerLines);
  if (pacta.out.length !== LINES || peer.out.length !== LINES) throw new Error('lines lost');
  times.pacta.push(pacta.ms);
  times.peer.push(peer.ms);
  differ = disagreeing(pacta.out, peer.out);
  answers = { pacta: pacta.out, peer: peer.out };
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
for (const [name, ms] of Object.entries(times)) {
  const wall = median(ms);
  const rate = Math.round(LINES / (wall / 1000)).toLocaleString('en');
  console.log(
    `${name.padEnd(6)} ${(wall / 1000).toFixed(2).padStart(7)} s  ${rate.padStart(9)} lines/s`,
  );
}
console.log(
  `answers that differ: ${differ.length.toLocaleString('en')} of ${LINES.toLocaleString('en')}`,
);
const byOp = new Map<string, number>();
for (const index of differ) {
  const { op, at } = JSON.parse(peerLines[index] ?? '{}');
  const key = `${op} at ${formatInstant(Date.parse(at)).slice(11, 16)} UTC`;
  byOp.set(key, (byOp.get(key) ?? 0) + 1);
}
console.log(`  by case: ${[...byOp].map(([key, n]) => `${key} ×${n}`).join(', ')}`);
for (const index of differ.slice(0, 3)) {
  console.log(
    `  ${peerLines[index]}\n    pacta ${answers.pacta[index]}\n    peer  ${answers.peer[index]}`,
  );
}
