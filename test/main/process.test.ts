import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openEmbedded } from '../../src/store/database.js';
import { freePort } from '../support/ports.js';
import { type Child, isHealthy, spawnTs, waitFor } from '../support/processes.js';

const cli = 'src/main/cli.ts';
const children: Child[] = [];
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacta-data-'));
  dirs.push(dir);
  return dir;
}

function start(file: string, args: string[], env: Record<string, string>): Child {
  const child = spawnTs(file, args, env);
  children.push(child);
  return child;
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.process.exitCode === null) child.process.kill('SIGKILL');
    await child.exited;
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the embedded server process', () => {
  it('a second pacta serve on the same DATA_DIR refuses with a clear message', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const first = start(cli, ['serve'], { DATA_DIR: dataDir, PORT: String(port) });
    await waitFor('the first server to be healthy', () => isHealthy(port), 90_000, first.output);
    const second = start(cli, ['serve'], { DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/data directory .* is in use by another Pacta process/);
    expect(await isHealthy(port)).toBe(true);
  }, 180_000);

  it('stops cleanly on SIGTERM and releases the data directory', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const first = start(cli, ['serve'], { DATA_DIR: dataDir, PORT: String(port) });
    await waitFor('the server to be healthy', () => isHealthy(port), 90_000, first.output);
    first.process.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const database = await openEmbedded(dataDir);
    expect(await database.ping()).toBe(true);
    await database.close();
  }, 180_000);

  it('kill -9 loses no committed write, and the server starts again on the same data', async () => {
    const dataDir = tempDir();
    const writer = start('test/support/durability-writer.ts', [dataDir], {});
    await waitFor('50 committed rows', () => /committed 50\n/.test(writer.output()), 60_000);
    writer.process.kill('SIGKILL');
    await writer.exited;
    const reported = [...writer.output().matchAll(/committed (\d+)\n/g)].map((m) => Number(m[1]));
    const lastReported = Math.max(...reported);

    const port = await freePort();
    const server = start(cli, ['serve'], { DATA_DIR: dataDir, PORT: String(port) });
    await waitFor(
      'the restarted server to be healthy',
      () => isHealthy(port),
      90_000,
      server.output,
    );
    server.process.kill('SIGTERM');
    await server.exited;

    const database = await openEmbedded(dataDir);
    const rows = await sql<{
      id: number;
      note: string;
    }>`select id, note from crash_probe order by id`.execute(database.db);
    await database.close();
    const ids = rows.rows.map((row) => row.id);
    expect(ids.length).toBeGreaterThanOrEqual(lastReported);
    expect(ids.slice(0, lastReported)).toEqual(reported.slice(0, lastReported));
    expect(rows.rows[lastReported - 1]?.note).toBe(`row ${lastReported}`);
  }, 180_000);
});

describe('the pacta command line', () => {
  it('an unknown command is a usage error with exit code 2', async () => {
    const child = start(cli, ['frobnicate'], {});
    expect(await child.exited).toBe(2);
    expect(child.output()).toContain('unknown command: frobnicate');
    expect(child.output()).toContain('Usage: pacta');
  });

  it('an unknown flag is a usage error with exit code 2', async () => {
    const child = start(cli, ['migrate', '--force'], {});
    expect(await child.exited).toBe(2);
    expect(child.output()).toContain("Unknown option '--force'");
  });

  it('--version prints the package version', async () => {
    const child = start(cli, ['--version'], {});
    expect(await child.exited).toBe(0);
    expect(child.output().trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('an invalid environment variable stops start-up naming it', async () => {
    const child = start(cli, ['serve'], { PORT: 'eighty' });
    expect(await child.exited).toBe(1);
    expect(child.output()).toContain('PORT');
  });

  it('pacta migrate migrates the embedded database', async () => {
    const child = start(cli, ['migrate'], { DATA_DIR: tempDir() });
    expect(await child.exited).toBe(0);
    expect(child.output()).toMatch(/applied|already up to date/);
  }, 180_000);
});
