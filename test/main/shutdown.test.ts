import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';
import { isHealthy, spawnTs, waitFor } from '../support/processes.js';
import { slowClient } from '../support/slow-clients.js';

describe('graceful shutdown (issue 18 #4)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pacta-shutdown-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('on SIGTERM a server with a request still arriving and an idle connection stops accepting, cuts them after its grace and exits 0', async () => {
    const port = await freePort();
    const server = spawnTs('src/main/cli.ts', ['serve'], { DATA_DIR: dataDir, PORT: String(port) });
    try {
      await waitFor('the server to be healthy', () => isHealthy(port), 120_000, server.output);
      const inFlight = slowClient(port, { everyMs: 500 });
      const idle = slowClient(port, { idle: true });
      await new Promise((resolve) => setTimeout(resolve, 500));
      server.process.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      await Promise.all([inFlight.closed, idle.closed]);
      expect(await isHealthy(port)).toBe(false);
      inFlight.stop();
    } finally {
      if (server.process.exitCode === null) server.process.kill('SIGKILL');
    }
  }, 200_000);
});
