import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type IdentityDeps, signInWithOidc } from '../../../app/identity/index.js';
import { identityError } from '../../../domain/identity/errors.js';
import { RuleError } from '../../../domain/rule-error.js';
import { setSessionCookie } from '../../access.js';
import { originOf } from '../../audit.js';
import type { OidcFlow, OidcSignIn } from '../../oidc/client.js';

const flowCookie = 'pacta_oidc';
const flowPath = '/api/auth/oidc';
/** A sign-in at the provider must come back within ten minutes. */
const flowSeconds = 600;
const tags = ['auth'];
const config = { access: 'public' } as const;
const flowShape = z.object({ state: z.string(), nonce: z.string(), verifier: z.string() });
const callbackQuery = z.object({
  code: z.string().max(2000).optional(),
  state: z.string().max(500).optional(),
  iss: z.string().max(500).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2000).optional(),
  session_state: z.string().max(500).optional(),
});
const redirect = z.null().describe('to the provider, or back to the app');

/** The flow kept in its cookie, or undefined when it is missing, expired or not ours. */
function flowOf(request: FastifyRequest): OidcFlow | undefined {
  const raw = request.cookies[flowCookie];
  if (!raw) return undefined;
  try {
    const parsed = flowShape.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Back to the app's sign-in page with the rule that refused the sign-in, for it to say why. */
function refuse(request: FastifyRequest, reply: FastifyReply, failure: unknown) {
  const rule =
    failure instanceof RuleError && String(failure.rule).startsWith('oidc_')
      ? String(failure.rule)
      : 'oidc_failed';
  if (rule === 'oidc_failed') request.log.warn({ err: failure }, 'OpenID Connect sign-in failed');
  reply.clearCookie(flowCookie, { path: flowPath });
  return reply.redirect(`/?oidc_error=${rule}`, 303);
}

/**
 * Sign-in through the installation's OpenID Connect provider (when configured): the start
 * redirects to it with PKCE, state and nonce kept in a short-lived httpOnly cookie; the callback
 * checks them, signs the user with that verified email in and goes back to the app.
 */
export function oidcRoutes(
  deps: IdentityDeps,
  provider: OidcSignIn | undefined,
): FastifyPluginAsyncZod {
  const configured = () => {
    if (!provider) {
      throw identityError('oidc_not_configured', {}, 'OpenID Connect is not configured');
    }
    return provider;
  };
  return async (app) => {
    app.get(
      flowPath,
      {
        config,
        schema: {
          tags,
          summary: 'The OpenID Connect provider the sign-in page offers (name null: none)',
          response: { 200: z.object({ name: z.string().nullable() }) },
        },
      },
      async () => ({ name: provider?.name ?? null }),
    );

    app.get(
      `${flowPath}/start`,
      {
        config,
        schema: {
          tags,
          summary: 'Go to the OpenID Connect provider to sign in',
          response: { 302: redirect, 303: redirect },
        },
      },
      async (request, reply) => {
        try {
          const { url, flow } = await configured().start();
          reply.setCookie(flowCookie, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
            path: flowPath,
            httpOnly: true,
            // the provider sends the browser back with a top-level GET: Lax lets the cookie come along
            sameSite: 'lax',
            secure: request.protocol === 'https',
            maxAge: flowSeconds,
          });
          return reply.redirect(url, 302);
        } catch (failure) {
          return refuse(request, reply, failure);
        }
      },
    );

    app.get(
      `${flowPath}/callback`,
      {
        config,
        schema: {
          tags,
          summary: 'Where the provider sends the browser back: signs in and goes to the app',
          querystring: callbackQuery,
          response: { 303: redirect },
        },
      },
      async (request, reply) => {
        try {
          const flow = flowOf(request);
          if (!flow) throw new Error('no sign-in flow under way in this browser');
          const query = new URLSearchParams(
            Object.entries(request.query).filter((entry): entry is [string, string] => !!entry[1]),
          );
          const claims = await configured().finish(query, flow);
          const session = await signInWithOidc({
            ...deps,
            origin: originOf(request),
            claims,
            ip: request.ip,
            userAgent: request.headers['user-agent'],
          });
          reply.clearCookie(flowCookie, { path: flowPath });
          setSessionCookie(request, reply, session);
          return reply.redirect('/', 303);
        } catch (failure) {
          return refuse(request, reply, failure);
        }
      },
    );
  };
}
