import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type IdentityDeps, readMe, signIn, signOut } from '../../../app/identity/index.js';
import { DomainError } from '../../../domain/errors.js';
import type { LoginThrottle } from '../../../domain/identity/login-throttle.js';
import { actorOf, sessionCookie } from '../../access.js';
import { originOf } from '../../audit.js';
import { presentOrganisation, presentUser } from './present.js';
import { loginBody, meView, sessionView } from './schema.js';

/** Sign-in, sign-out and "who am I". */
export function authRoutes(deps: IdentityDeps, throttle: LoginThrottle): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { access: 'public' },
        schema: {
          tags: ['auth'],
          summary: 'Sign in with email and password; sets the session cookie',
          body: loginBody,
          response: { 200: sessionView },
        },
      },
      async (request, reply) => {
        const { email, password } = request.body;
        const session = await signIn({
          ...deps,
          origin: originOf(request),
          throttle,
          email,
          password,
          ip: request.ip,
        });
        reply.setCookie(sessionCookie, session.sessionToken, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: request.protocol === 'https',
          expires: session.expiresAt,
        });
        return { user: presentUser(session.user), expiresAt: session.expiresAt.toISOString() };
      },
    );

    app.post(
      '/api/auth/logout',
      {
        config: { access: 'signed_in' },
        schema: { tags: ['auth'], summary: 'End the web session', response: { 204: z.null() } },
      },
      async (request, reply) => {
        await signOut({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          sessionToken: request.cookies[sessionCookie],
        });
        reply.clearCookie(sessionCookie, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/api/me',
      {
        config: { access: 'signed_in' },
        schema: {
          tags: ['auth'],
          summary: 'The signed-in user and organisation',
          response: { 200: meView },
        },
      },
      async (request) => {
        const user = request.auth?.user;
        if (!user) throw new DomainError('unauthenticated', 'sign in first');
        const me = await readMe({ ...deps, user });
        return { user: presentUser(me.user), organisation: presentOrganisation(me.organisation) };
      },
    );
  };
}
