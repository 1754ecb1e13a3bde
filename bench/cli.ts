/**
 * `pacta --version` and `--help` must answer without loading the server (issue 18 #17: under
 * 0.15 s of CPU; it was 1.1 s when every command imported everything).
 *   npx tsx bench/cli.ts [--runs N]
 * Compiles the CLI as `npm run build` does (tsc into dist/), then runs each command N times as a
 * fresh process and reads its CPU time (user + system, from `process.cpuUsage()` at exit, through
 * a one-line preload given to every command alike). Peers in the same run: `node -e 0`, the cost of
 * starting Node itself, and importing the modules a command runs (what `--version` loaded before). The dev entry under tsx is shown too (what `npm run pacta` runs).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { flag } from './lib/flags.js';

const RUNS = flag('--runs', 10);
const report =
  'process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("cpu "+(u.user+u.system)+"\\n")})';
const preload = `data:text/javascript,${encodeURIComponent(report)}`;

/** CPU and wall milliseconds of one run of `node <args>`. */
function once(args: string[]): { cpu: number; wall: number } {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', preload, ...args], { encoding: 'utf8' });
  const wall = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  const cpu = Number(/cpu (\d+)/.exec(run.stderr)?.[1]) / 1000;
  return { cpu, wall };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

console.log('compiling the CLI (tsc -p tsconfig.build.json)…');
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);

const subjects: [string, string[]][] = [
  ['node -e 0 (peer: Node itself)', ['-e', '0']],
  ['pacta --version (dist)', ['dist/main/cli.js', '--version']],
  ['pacta --help (dist)', ['dist/main/cli.js', '--help']],
  [
    'server modules (each command, before)',
    ['--input-type=module', '-e', "await import('./dist/main/run-command.js')"],
  ],
  ['pacta --version (tsx, dev)', ['--import', 'tsx', 'src/main/cli.ts', '--version']],
];

console.log(`${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(1)}; median of ${RUNS} runs each`);
console.log(`${'command'.padEnd(38)} ${'CPU ms'.padStart(8)} ${'wall ms'.padStart(8)}`);
for (const [name, args] of subjects) {
  const runs = Array.from({ length: RUNS }, () => once(args));
  const cpu = median(runs.map((r) => r.cpu)).toFixed(0);
  const wall = median(runs.map((r) => r.wall)).toFixed(0);
  console.log(`${name.padEnd(38)} ${cpu.padStart(8)} ${wall.padStart(8)}`);
}
