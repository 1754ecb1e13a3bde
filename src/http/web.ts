import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

/** Where `npm run build:web` (Vite) writes the web app. */
export const defaultWebRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

const anyQuery = z.record(z.string(), z.unknown());
const config = { access: 'public' } as const;
const schema = { hide: true, querystring: anyQuery };
const topLevelFile = /^\/[\w-]+(\.[\w-]+)*\.\w+$/;

const notBuilt = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pacta</title></head>
<body style="font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">
<h1>The Pacta web app is not built yet</h1>
<p>Run <code>npm run build:web</code> (or start the server with <code>npm start</code>, which builds it
when needed), then reload this page. The API is available under <code>/api</code> and documented at
<a href="/docs">/docs</a>.</p>
<p lang="es">La aplicación web aún no está compilada: ejecute <code>npm run build:web</code> y recargue.</p>
</body></html>`;

function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}

/**
 * Serves the built web app: hashed files under `/assets/` with immutable caching, other top-level
 * files (favicon) as they are, and `index.html` for every other GET outside `/api` (the app
 * routes in the browser). Unknown `/api/*` paths keep the JSON `route_not_found` answer. Without
 * a build it answers a short page saying how to build one.
 */
export function webApp(options: { root?: string } = {}): FastifyPluginAsync {
  const root = options.root ?? defaultWebRoot;
  const built = () => existsSync(join(root, 'index.html'));
  const page = async (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (isApiPath(path)) return reply.callNotFound();
    if (!built()) return reply.status(503).type('text/html; charset=utf-8').send(notBuilt);
    if (topLevelFile.test(path)) return reply.sendFile(path.slice(1), root, { maxAge: '1h' });
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', root, { cacheControl: false });
  };
  return async (app) => {
    await app.register(fastifyStatic, { serve: false });
    app.get('/assets/*', { config, schema }, async (request, reply) => {
      const params = request.params as { '*'?: string };
      if (!built()) return reply.callNotFound();
      return reply.sendFile(`assets/${params['*'] ?? ''}`, root, {
        immutable: true,
        maxAge: '365d',
      });
    });
    app.get('/*', { config, schema }, page);
  };
}
