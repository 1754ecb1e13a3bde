import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/**
 * `npm ci` installs exactly the lock, and fails when the lock is not what `npm install` would
 * write. This test does what a fresh clone does — package.json, the lock and the project's
 * .npmrc in an empty directory, no node_modules — and lets npm rewrite the lock: any byte that
 * changes (another platform's optional package left out, a stale version) fails it.
 */
describe('reproducible installs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pacta-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the committed lock is exactly what npm install writes on a fresh clone', async () => {
    for (const file of ['package.json', 'package-lock.json', '.npmrc'])
      copyFileSync(join(root, file), join(dir, file));
    await run(
      'npm',
      ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'],
      { cwd: dir, env: { ...process.env, npm_config_loglevel: 'error' } },
    );
    const committed = readFileSync(join(root, 'package-lock.json'), 'utf8');
    const rewritten = readFileSync(join(dir, 'package-lock.json'), 'utf8');
    expect(rewritten === committed, 'npm install would change package-lock.json').toBe(true);
  }, 180_000);
});
