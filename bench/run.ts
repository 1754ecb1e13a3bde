/**
 * Runs every benchmark in `bench/` (all `*.ts` but this file), one after the other, each in its
 * own Node process so that one benchmark's heap and JIT state cannot colour the next; their
 * output streams through. Exits non-zero when any benchmark fails.
 *   npm run bench
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const self = basename(fileURLToPath(import.meta.url));
const benchmarks = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== self)
  .sort();

/** Runs one benchmark file with tsx and resolves to its exit code (1 when killed by a signal). */
function runOne(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('bench', file)], {
      cwd: root,
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const failed: string[] = [];
for (const file of benchmarks) {
  console.log(`\n=== bench/${file} ===`);
  const started = performance.now();
  const code = await runOne(file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `=== bench/${file}: ${code === 0 ? 'done' : `FAILED (exit ${code})`} in ${seconds} s ===`,
  );
  if (code !== 0) failed.push(file);
}
if (failed.length > 0) {
  console.error(`\n${failed.length} benchmark(s) failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
