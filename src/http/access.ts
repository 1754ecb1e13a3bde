import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { type Authenticated, authenticate, type IdentityDeps } from '../app/identity/index.js';
import { DomainError } from '../domain/errors.js';
import { type Action, type Actor, can } from '../domain/identity/policy.js';

/** A route's access rule: open to anyone, to any signed-in user, or to roles that may perform an action. */
export type Access = 'public' | 'signed_in' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

/** Name of the web session cookie. */
export const sessionCookie = 'pacta_session';

/** Sets the web session cookie a sign-in answers (httpOnly, Lax, Secure over HTTPS). */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  session: { sessionToken: string; expiresAt: Date },
) {
  reply.setCookie(sessionCookie, session.sessionToken, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    expires: session.expiresAt,
  });
}

/** Routes served by plugins that are public by nature (the API docs page and its assets). */
const pluginPublicPrefixes = ['/docs'];

/** Every route must say who may call it: a route without an access rule refuses to register. */
export function requireAccessRule(route: RouteOptions) {
  if (pluginPublicPrefixes.some((prefix) => route.url.startsWith(prefix))) return;
  if (!route.config?.access) {
    throw new Error(
      `route ${String(route.method)} ${route.url} declares no access rule (config.access)`,
    );
  }
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

/**
 * Authenticates every request and applies the route's role gate before the body is read; the
 * use-case then checks the records themselves (whoever calls it).
 */
export function installAccessControl(
  app: FastifyInstance,
  deps: Pick<IdentityDeps, 'clock' | 'users' | 'sessions' | 'tokens' | 'organisations'>,
) {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    const credentials = {
      bearerToken: bearerOf(request),
      sessionToken: request.cookies[sessionCookie],
    };
    request.auth = (await authenticate({ ...deps, credentials })) ?? null;
    if (!request.auth)
      throw new DomainError('unauthenticated', 'sign in or send a valid API token');
    if (access !== 'signed_in' && !can(request.auth.actor, access)) {
      throw new DomainError('forbidden', 'your role does not allow this');
    }
  });
}

/** The signed-in actor of a route that is not public (the access hook guarantees it). */
export function actorOf(request: Pick<FastifyRequest, 'auth'>): Actor {
  if (!request.auth) throw new DomainError('unauthenticated', 'sign in or send a valid API token');
  return request.auth.actor;
}
