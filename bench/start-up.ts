/**
 * `npm start` until `GET /health` answers 200, on a fresh data directory (issue 18 #18: under 15 s
 * after a fresh `npm install`, the web build not on the first start's path).
 *   npx tsx bench/start-up.ts [--runs N]
 * Cases, in one run: the first start as it was before `npm install` built the web app (dist/web
 * absent, so `prestart` runs the Vite build), the first start now (dist/web built at install by
 * `prepare`; a fresh data directory, so migrations and the demo installation run), and a restart on
 * the data directory it left. The Vite build alone is timed as what `npm install` now pays. dist/web
 * is moved aside for the first case and rebuilt by it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/support/ports.js';
import { flag } from './lib/flags.js';

const RUNS = flag('--runs', 3);
const root = fileURLToPath(new URL('..', import.meta.url));
const webRoot = join(root, 'dist/web');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Milliseconds from spawning `npm start` on `dataDir` to the first 200 from /health; then stops it. */
async function startToHealthy(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(npm, ['start'], {
    cwd: root,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/health`)
        .then((response) => response.status === 200)
        .catch(() => false);
      if (ok) return performance.now() - started;
      if (performance.now() - started > 300_000) throw new Error('not healthy after 5 minutes');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
}

/** Runs `npm run build:web` and returns its milliseconds. */
async function viteBuild(): Promise<number> {
  const started = performance.now();
  const child = spawn(npm, ['run', 'build:web'], { cwd: root, stdio: 'ignore' });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`the web build failed (${code})`);
  return performance.now() - started;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const rows: [string, number[]][] = [];
const scratch = mkdtempSync(join(tmpdir(), 'pacta-start-'));
try {
  const before: number[] = [];
  const aside = `${webRoot}-bench-aside`;
  for (let run = 0; run < RUNS; run++) {
    if (existsSync(webRoot)) renameSync(webRoot, aside);
    rmSync(aside, { recursive: true, force: true });
    before.push(await startToHealthy(join(scratch, `before-${run}`)));
  }
  rows.push(['first start, web built by `npm start` (before)', before]);
  const build: number[] = [];
  for (let run = 0; run < RUNS; run++) build.push(await viteBuild());
  rows.push(['· the web build alone (now paid at `npm install`)', build]);
  const first: number[] = [];
  const again: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const dataDir = join(scratch, `after-${run}`);
    first.push(await startToHealthy(dataDir));
    again.push(await startToHealthy(dataDir));
  }
  rows.push(['first start, web built at install (now)', first]);
  rows.push(['restart on the data directory it left', again]);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log(
  `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}; median of ${RUNS} runs, each a fresh process tree and data directory`,
);
console.log('\n| case | median s | runs (s) |\n|---|---:|---|');
for (const [name, times] of rows) {
  const runs = times.map((ms) => (ms / 1000).toFixed(1)).join(', ');
  console.log(`| ${name} | ${(median(times) / 1000).toFixed(1)} | ${runs} |`);
}
