import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JobQueue, startJobQueue } from '../../src/jobs/queue.js';
import { readOperations } from '../../src/main/operations.js';
import { recordingLog } from '../jobs/support.js';
import { buildTestApp, type TestApp } from '../support/app.js';
import { demoUserByRole } from '../support/demo.js';
import { describeEachEngine } from '../support/engines.js';

const token = 'scrape-token-0123456789';
const minute = 60_000;

/** The value of one sample line, found by its exact name and labels. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describeEachEngine('/metrics and readiness', (database) => {
  let t: TestApp;
  let queue: JobQueue;
  let accepting = true;

  beforeAll(async () => {
    const handle = database().handle;
    queue = await startJobQueue({ db: handle.db, log: recordingLog(), jobs: [] });
    t = await buildTestApp(handle, {
      metrics: { token, read: () => readOperations(handle, t.clock) },
      accepting: () => accepting,
    });
  });
  afterAll(async () => {
    await t?.app.close();
    await queue?.stop();
  });

  const scrape = (authorization?: string) =>
    t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: authorization ? { authorization } : {},
    });

  it('metrics answer only to the configured bearer token', async () => {
    expect((await scrape()).statusCode).toBe(401);
    expect((await scrape(`Bearer ${token}x`)).statusCode).toBe(401);
    expect((await scrape(token)).statusCode).toBe(401);
    const cookie = await t.cookieFor(demoUserByRole.provider_admin);
    const signedIn = await t.app.inject({ method: 'GET', url: '/metrics', headers: { cookie } });
    expect(signedIn.statusCode).toBe(401);
    const res = await scrape(`Bearer ${token}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toContain('# TYPE pacta_http_requests_total counter');
    expect(res.body).toContain('pacta_process_cpu_seconds_total');
  });

  it('requests are counted per method, route template and status, with their latency', async () => {
    const cookie = await t.cookieFor(demoUserByRole.agent);
    for (let i = 0; i < 3; i++) await t.app.inject({ method: 'GET', url: '/health' });
    const missing = [randomUUID(), randomUUID()];
    for (const id of missing)
      await t.app.inject({ method: 'GET', url: `/api/tickets/${id}`, headers: { cookie } });
    await t.app.inject({ method: 'GET', url: '/api/me' });
    await t.app.inject({ method: 'GET', url: '/api/no/such/route' });

    const text = (await scrape(`Bearer ${token}`)).body;
    const count = (labels: string) => sample(text, `pacta_http_requests_total{${labels}}`);
    expect(count('method="GET",route="/health",status="200"')).toBe(3);
    expect(count('method="GET",route="/api/tickets/:id",status="404"')).toBe(2);
    expect(count('method="GET",route="/api/me",status="401"')).toBe(1);
    expect(count('method="GET",route="unmatched",status="404"')).toBe(1);
    const latencyCount = sample(
      text,
      'pacta_http_request_duration_seconds_count{method="GET",route="/health",status="200"}',
    );
    expect(latencyCount).toBe(3);
    expect(
      sample(
        text,
        'pacta_http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/health",status="200"}',
      ),
    ).toBe(3);
    // Ids never become series of their own.
    for (const id of missing) expect(text).not.toContain(id);
  });

  it('queue depth, SLA watcher lag, outbox lag and pool use are read from the installation', async () => {
    const { db } = database().handle;
    const now = t.clock.now();
    await queue.boss.createQueue('metrics-probe');
    await queue.boss.send('metrics-probe', {});
    await queue.boss.send('metrics-probe', {});
    await queue.boss.createQueue('watch-sla');
    const run = await queue.boss.send('watch-sla', {});
    const ranAt = new Date(now.getTime() - 3 * minute);
    await sql`update pgboss.job set state = 'completed', completed_on = ${ranAt}
      where id = ${run}`.execute(db);
    await t.store.transact((tx) =>
      tx.outbox.add({
        id: randomUUID(),
        type: 'metrics.probe',
        payload: {},
        occurredAt: new Date(now.getTime() - 30 * minute),
      }),
    );

    const text = (await scrape(`Bearer ${token}`)).body;
    expect(sample(text, 'pacta_job_queue_depth{queue="metrics-probe"}')).toBe(2);
    expect(sample(text, 'pacta_sla_watcher_lag_seconds')).toBe(180);
    expect(sample(text, 'pacta_outbox_lag_seconds')).toBe(1800);
    const max = database().engine === 'pglite' ? 1 : 10;
    expect(sample(text, 'pacta_db_pool_connections{state="max"}')).toBe(max);
    const open = sample(text, 'pacta_db_pool_connections{state="total"}') ?? -1;
    expect(open).toBeGreaterThanOrEqual(1);
    expect(open).toBeLessThanOrEqual(max);
  });

  it('readiness goes down while the server stops; liveness stays up', async () => {
    const get = (url: string) => t.app.inject({ method: 'GET', url });
    expect((await get('/health/ready')).statusCode).toBe(200);
    accepting = false;
    try {
      for (const url of ['/health/ready', '/health']) {
        const res = await get(url);
        expect(res.statusCode).toBe(503);
        expect(res.json()).toEqual({ status: 'unavailable', database: 'up' });
      }
      const live = await get('/health/live');
      expect(live.statusCode).toBe(200);
      expect(live.json()).toEqual({ status: 'ok' });
    } finally {
      accepting = true;
    }
  });
});

describe('metrics without a configured token', () => {
  it('the /metrics route does not exist', async () => {
    const { openEmbedded } = await import('../../src/store/database.js');
    const { migrateToLatest } = await import('../../src/store/migrate.js');
    const handle = await openEmbedded('memory');
    try {
      await migrateToLatest(handle.db);
      const t = await buildTestApp(handle);
      expect(t.app.hasRoute({ method: 'GET', url: '/metrics' })).toBe(false);
      const res = await t.app.inject({ method: 'GET', url: '/metrics' });
      // the web app may answer the path with its page; what matters is that no metric is served
      expect(res.headers['content-type'] ?? '').not.toContain('version=0.0.4');
      expect(res.body).not.toContain('pacta_http_requests_total');
      await t.app.close();
    } finally {
      await handle.close();
    }
  });
});
