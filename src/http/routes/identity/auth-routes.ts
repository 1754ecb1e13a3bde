import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type IdentityDeps, readMe, signIn, signOut } from '../../../app/identity/index.js';
import { DomainError } from '../../../domain/errors.js';
import { actorOf, sessionCookie, setSessionCookie } from '../../access.js';
import { originOf } from '../../audit.js';
import { presentOrganisation, presentUser } from './present.js';
import { loginBody, meView, sessionView } from './schema.js';

/** The email a sign-in tried, for its audit entry (whatever the body was). */
function emailTried(body: unknown): string | null {
  const parsed = loginBody.safeParse(body);
  return parsed.success ? parsed.data.email : null;
}

/** Sign-in, sign-out and "who am I". */
export function authRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/login',
      {
        config: { access: 'public', auditResourceId: emailTried },
        schema: {
          tags: ['auth'],
          summary:
            'Sign in with email and password (and a code when two-factor is on: 401 at `code` asks for it); sets the session cookie',
          body: loginBody,
          response: { 200: sessionView },
        },
      },
      async (request, reply) => {
        const { email, password, code } = request.body;
        const session = await signIn({
          ...deps,
          origin: originOf(request),
          email,
          password,
          code,
          ip: request.ip,
          userAgent: request.headers['user-agent'],
        });
        setSessionCookie(request, reply, session);
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
