import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireAccessRule } from './access.js';
import { handleError, handleNotFound } from './errors.js';
import { webApp } from './web.js';

const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pacta-web-'));
  dirs.push(dir);
  return dir;
}

/** A build as Vite writes it: index.html, a hashed asset and a top-level file. */
function fakeBuild(): string {
  const root = tempDir();
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return root;
}

/** The same edge as the real app: access rules enforced at registration, JSON errors. */
async function appServing(root: string): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.addHook('onRoute', requireAccessRule);
  await app.register(webApp({ root }));
  await app.ready();
  return app;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the web app plugin with a build', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appServing(fakeBuild());
  });
  afterAll(() => app.close());

  it('every route it adds declares an access rule (else registering would throw)', () => {
    expect(app.printRoutes()).toContain('assets/');
  });

  it.each(['/', '/admin/users', '/calendars/123', '/queue?from=mail'])(
    'answers the app page %s with index.html, never cached stale',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.payload).toContain('<div id="root">');
    },
  );

  it('serves hashed assets with immutable caching', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves top-level files such as the favicon', async () => {
    const res = await app.inject({ method: 'GET', url: '/favicon.svg' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/image\/svg/);
  });

  it.each(['/api/nothing', '/api', '/assets/missing.js'])(
    'keeps %s a JSON route_not_found, not the app page',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('route_not_found');
    },
  );

  it('refuses paths that climb out of the build folder', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/..%2f..%2fetc%2fpasswd' });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.payload).not.toContain('root:');
  });

  it('answers HEAD like GET', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/admin/users' });
    expect(res.statusCode).toBe(200);
  });
});

describe('the web app plugin without a build', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await appServing(join(tempDir(), 'missing'));
  });
  afterAll(() => app.close());

  it('explains how to build the app instead of failing', async () => {
    const res = await app.inject({ method: 'GET', url: '/admin/users' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.payload).toContain('npm run build:web');
  });

  it('still answers unknown API paths with the JSON error', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(res.json().error.code).toBe('route_not_found');
  });
});
