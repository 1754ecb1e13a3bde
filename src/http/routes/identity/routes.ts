import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IdentityDeps } from '../../../app/identity/index.js';
import type { OidcSignIn } from '../../oidc/client.js';
import { accountRoutes } from './account-routes.js';
import { auditRoutes } from './audit-routes.js';
import { authRoutes } from './auth-routes.js';
import { oidcRoutes } from './oidc-routes.js';
import { organisationRoutes } from './organisation-routes.js';
import { tokenRoutes } from './token-routes.js';
import { twoFactorRoutes } from './two-factor-routes.js';
import { userRoutes } from './user-routes.js';

/** The identity API: sign-in (password or OpenID Connect), password resets, own sessions, two-factor, tokens, organisations, users and the audit log. */
export function identityRoutes(
  deps: IdentityDeps,
  oidc: OidcSignIn | undefined,
): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(authRoutes(deps));
    await app.register(oidcRoutes(deps, oidc));
    await app.register(accountRoutes(deps));
    await app.register(twoFactorRoutes(deps));
    await app.register(tokenRoutes(deps));
    await app.register(organisationRoutes(deps));
    await app.register(userRoutes(deps));
    await app.register(auditRoutes(deps));
  };
}
