import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  confirmTwoFactor,
  type IdentityDeps,
  readTwoFactor,
  startTwoFactor,
  turnOffTwoFactor,
} from '../../../app/identity/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';

const config = { access: 'sessions.own' } as const;
const tags = ['auth'];

/** Your own two-factor sign-in (TOTP, provider staff): its state, turning it on and off. */
export function twoFactorRoutes(deps: IdentityDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/me/two-factor',
      {
        config,
        schema: {
          tags,
          summary:
            'Whether you sign in with a code, whether it can be turned on, recovery codes left',
          response: {
            200: z.object({
              on: z.boolean(),
              available: z.boolean(),
              recoveryCodesLeft: z.number().int(),
            }),
          },
        },
      },
      async (request) => readTwoFactor({ ...deps, actor: actorOf(request) }),
    );

    app.post(
      '/api/me/two-factor',
      {
        config,
        schema: {
          tags,
          summary: 'Start turning two-factor on: a new secret for your authenticator app',
          response: { 200: z.object({ secret: z.string(), uri: z.string() }) },
        },
      },
      async (request) =>
        startTwoFactor({ ...deps, actor: actorOf(request), origin: originOf(request) }),
    );

    app.post(
      '/api/me/two-factor/confirm',
      {
        config,
        schema: {
          tags,
          summary: 'Turn two-factor on with the app’s first code; answers the recovery codes, once',
          body: z.object({ code: z.string().trim().min(1).max(40) }),
          response: { 200: z.object({ recoveryCodes: z.array(z.string()) }) },
        },
      },
      async (request) =>
        confirmTwoFactor({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          code: request.body.code,
        }),
    );

    app.post(
      '/api/me/two-factor/turn-off',
      {
        config,
        schema: {
          tags,
          summary: 'Turn two-factor off, giving your password again',
          body: z.object({ password: z.string().min(1).max(1024) }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await turnOffTwoFactor({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          password: request.body.password,
        });
        return reply.status(204).send(null);
      },
    );
  };
}
