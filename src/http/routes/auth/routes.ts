import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { signIn } from '../../../app/identity/sign-in.js';
import { signOut } from '../../../app/identity/sign-out.js';
import type { IdentityPorts } from '../../../app/ports.js';
import { DomainError } from '../../../domain/errors.js';
import type { LoginThrottle } from '../../../domain/identity/login-throttle.js';
import { sessionCookie } from '../../access.js';
import { organisationView, presentOrganisation, presentUser, userView } from '../users/present.js';

const loginBody = z.object({ email: z.email().max(320), password: z.string().min(1).max(1024) });
const sessionView = z.object({ user: userView, expiresAt: z.string() });
const meView = z.object({ user: userView, organisation: organisationView });

/** Sign-in, sign-out and "who am I". */
export function authRoutes(ports: IdentityPorts, throttle: LoginThrottle): FastifyPluginAsyncZod {
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
        const session = await signIn({ ports, throttle, email, password, ip: request.ip });
        request.auditResourceId = session.user.id;
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
        await signOut({ ports, sessionToken: request.cookies[sessionCookie] });
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
        const organisation = user && (await ports.organisations.findById(user.organisationId));
        if (!user || !organisation) throw new DomainError('unauthenticated', 'sign in first');
        return { user: presentUser(user), organisation: presentOrganisation(organisation) };
      },
    );
  };
}
