import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../support/app.js';
import { describeEachEngine } from '../support/engines.js';
import { type SlowClient, slowClient } from '../support/slow-clients.js';

describeEachEngine('slow clients are cut off (issue 18 #3)', (database) => {
  let test: TestApp;
  let port: number;
  const clients: SlowClient[] = [];

  beforeAll(async () => {
    test = await buildTestApp(database().handle, {
      limits: { requestTimeoutMs: 1_500, idleTimeoutMs: 1_500 },
    });
    await test.app.listen({ port: 0, host: '127.0.0.1' });
    port = (test.app.server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    for (const client of clients) client.stop();
    await test.app.close();
  });

  it('bodies that trickle in get 408 and are closed, idle connections are closed, and /health keeps answering meanwhile', async () => {
    const trickling = Array.from({ length: 30 }, () => slowClient(port, { everyMs: 200 }));
    const idle = Array.from({ length: 10 }, () => slowClient(port, { idle: true }));
    clients.push(...trickling, ...idle);
    const latencies: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      expect(res.status).toBe(200);
      latencies.push(performance.now() - started);
    }
    await Promise.all([...trickling, ...idle].map((client) => client.closed));
    for (const client of trickling) expect(client.received()).toMatch(/^HTTP\/1\.1 408/);
    for (const client of idle) expect(client.received()).toBe('');
    process.stdout.write(
      `slow clients: /health under 30 trickling + 10 idle connections, max ${Math.max(...latencies).toFixed(1)} ms\n`,
    );
  }, 60_000);
});
