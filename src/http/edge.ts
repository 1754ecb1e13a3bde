import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import { sessionCookie } from './access.js';

const readOnlyMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const sameOriginFetches = new Set(['same-origin', 'none']);
const hstsHeader = 'max-age=31536000; includeSubDomains';

/**
 * Security headers on every answer: a CSP without inline script that no page may frame, nosniff,
 * a strict Referrer-Policy, HSTS only over HTTPS, and `Cache-Control: no-store` on API answers
 * (they carry one user's data).
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', hstsHeader);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}

/** Whether a browser says the request comes from a page of another origin (another port or host). */
function crossOrigin(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return !sameOriginFetches.has(site);
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  return origin !== `${request.protocol}://${request.host}`;
}

/**
 * Cookie-authenticated state-changing requests must come from the app's own origin
 * (`Sec-Fetch-Site`, else `Origin`): a form on another site, or on another port of the same
 * host, cannot close periods or sign the user out. Bearer-token clients are not affected.
 */
export function installSameOriginCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (readOnlyMethods.has(request.method)) return;
    if (request.cookies[sessionCookie] === undefined || request.headers.authorization) return;
    if (crossOrigin(request)) {
      throw new DomainError('forbidden', 'cross-origin request refused: use the app itself');
    }
  });
}
