/**
 * `/metrics` in Prometheus's text format, for the operator's scraper only (a bearer token set in
 * the configuration; without one the route does not exist): requests and their latency per route,
 * and on each scrape the job queue's backlog, the SLA watcher's and the outbox's lag and the
 * database pool's use. Process metrics (CPU, memory, event-loop lag) come with prom-client.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { DomainError } from '../domain/errors.js';

/** What a scrape reads from the running installation besides its own request counts. */
export interface OperationalReading {
  /** Jobs waiting per queue. */
  readonly queueDepth: Record<string, number>;
  /** Seconds since the SLA watcher last completed a run (null: it never has). */
  readonly slaWatcherLagSeconds: number | null;
  /** Age in seconds of the oldest recorded event not yet dispatched (0: none waits). */
  readonly outboxLagSeconds: number;
  readonly pool: { total: number; idle: number; max: number; waiting: number };
}

/** How `/metrics` is guarded and where its readings come from. */
export interface MetricsDeps {
  /** The bearer token a scraper must send. */
  readonly token: string;
  readonly read: () => Promise<OperationalReading>;
}

/** Latency buckets (seconds) from a cached read to a slow report. */
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Counts every request by method, route template and status, and serves `/metrics` when configured. */
export function installMetrics(app: FastifyInstance, deps: MetricsDeps | undefined): void {
  if (!deps) return;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'pacta_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'pacta_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'pacta_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route template and status',
    labelNames,
    buckets: latencyBuckets,
    registers: [registry],
  });
  const gauges = operationalGauges(registry);

  app.addHook('onResponse', async (request, reply) => {
    const labels = {
      method: request.method,
      // The template, never the raw URL: ids and probes must not mint a series each.
      route: request.routeOptions.url ?? 'unmatched',
      status: String(reply.statusCode),
    };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  const expected = digest(`Bearer ${deps.token}`);
  app.get(
    '/metrics',
    { config: { access: 'public' }, schema: { hide: true }, logLevel: 'warn' },
    async (request, reply) => {
      const given = digest(request.headers.authorization ?? '');
      if (!timingSafeEqual(given, expected))
        throw new DomainError('unauthenticated', 'send the metrics token as a bearer token');
      gauges.record(await deps.read());
      return reply.type(registry.contentType).send(await registry.metrics());
    },
  );
}

function operationalGauges(registry: Registry) {
  const registers = [registry];
  const queueDepth = new Gauge({
    name: 'pacta_job_queue_depth',
    help: 'Jobs waiting to run, per queue',
    labelNames: ['queue'],
    registers,
  });
  const slaWatcherLag = new Gauge({
    name: 'pacta_sla_watcher_lag_seconds',
    help: 'Seconds since the SLA watcher last completed a run (NaN: never)',
    registers,
  });
  const outboxLag = new Gauge({
    name: 'pacta_outbox_lag_seconds',
    help: 'Age of the oldest recorded event not yet dispatched (0: none waits)',
    registers,
  });
  const pool = new Gauge({
    name: 'pacta_db_pool_connections',
    help: 'Database pool: open, idle and maximum connections, and queries waiting for one',
    labelNames: ['state'],
    registers,
  });
  return {
    record(reading: OperationalReading) {
      queueDepth.reset();
      for (const [queue, depth] of Object.entries(reading.queueDepth))
        queueDepth.set({ queue }, depth);
      slaWatcherLag.set(reading.slaWatcherLagSeconds ?? Number.NaN);
      outboxLag.set(reading.outboxLagSeconds);
      for (const state of ['total', 'idle', 'max', 'waiting'] as const)
        pool.set({ state }, reading.pool[state]);
    },
  };
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
