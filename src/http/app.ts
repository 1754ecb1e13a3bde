import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AgencyDeps } from '../app/agency/index.js';
import type { CalendarsDeps } from '../app/calendars/index.js';
import type { CampaignsDeps } from '../app/campaigns/index.js';
import type { CommunicationsDeps } from '../app/communications/index.js';
import type { ContactsDeps } from '../app/contacts/index.js';
import type { ContractsDeps } from '../app/contracts/index.js';
import type { DeskDeps } from '../app/desk/index.js';
import type { HourBankDeps } from '../app/hour-bank/index.js';
import type { IdentityDeps } from '../app/identity/index.js';
import type { KnowledgeDeps } from '../app/knowledge/index.js';
import type { MailDeps } from '../app/mail/index.js';
import type { PlansDeps } from '../app/plans/index.js';
import type { ProjectsDeps } from '../app/projects/index.js';
import type { QuotesDeps } from '../app/quotes/index.js';
import type { ReportsDeps } from '../app/reports/index.js';
import type { Ids } from '../app/shared/index.js';
import type { SuccessDeps } from '../app/success/index.js';
import { installAccessControl, requireAccessRule } from './access.js';
import { installAuditLog } from './audit.js';
import { installSameOriginCheck, installSecurityHeaders } from './edge.js';
import { errorBodySchema, handleError, handleNotFound } from './errors.js';
import { installMetrics, type MetricsDeps } from './metrics.js';
import { installNulGuard } from './nul-guard.js';
import type { OidcSignIn } from './oidc/client.js';
import { agencyRoutes } from './routes/agency/routes.js';
import { calendarRoutes } from './routes/calendars/routes.js';
import { campaignRoutes } from './routes/campaigns/routes.js';
import { communicationRoutes } from './routes/communications/routes.js';
import { legalHoldRoutes } from './routes/contacts/legal-hold-routes.js';
import { retentionRoutes } from './routes/contacts/retention-routes.js';
import { contactRoutes } from './routes/contacts/routes.js';
import { contractRoutes } from './routes/contracts/routes.js';
import { deskRoutes } from './routes/desk/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { hourBankRoutes } from './routes/hour-bank/routes.js';
import { identityRoutes } from './routes/identity/routes.js';
import { knowledgeRoutes } from './routes/knowledge/routes.js';
import { approvalRoutes } from './routes/mail/approval-routes.js';
import { mailboxRoutes } from './routes/mail/mailbox-routes.js';
import { mailRoutes } from './routes/mail/routes.js';
import { planRoutes } from './routes/plans/routes.js';
import { projectRoutes } from './routes/projects/routes.js';
import { quoteRoutes } from './routes/quotes/routes.js';
import { estimateRoutes } from './routes/reports/estimate-routes.js';
import { metricsRoutes } from './routes/reports/metrics-routes.js';
import { recommendationRoutes } from './routes/reports/recommendation-routes.js';
import { reportRoutes } from './routes/reports/routes.js';
import { successRoutes } from './routes/success/routes.js';
import { webApp } from './web.js';

/** The deps of each module whose routes the API serves. */
export interface HttpModules {
  identity: IdentityDeps;
  calendars: CalendarsDeps;
  plans: PlansDeps;
  contracts: ContractsDeps;
  hourBank: HourBankDeps;
  desk: DeskDeps;
  reports: ReportsDeps;
  knowledge: KnowledgeDeps;
  contacts: ContactsDeps;
  communications: CommunicationsDeps;
  campaigns: CampaignsDeps;
  agency: AgencyDeps;
  quotes: QuotesDeps;
  projects: ProjectsDeps;
  success: SuccessDeps;
  mail: MailDeps;
}

/** What the HTTP layer needs from the composition root. */
export interface AppDeps {
  version: string;
  logLevel: string;
  ping: () => Promise<boolean>;
  modules: HttpModules;
  /** Request ids for requests that bring none. */
  ids: Ids;
  /** Reverse proxies to trust for the client IP and HTTPS (Fastify's trustProxy). */
  trustProxy?: boolean | string;
  /** Bounds on slow or idle clients (defaults: {@link connectionLimits}). */
  limits?: Partial<ConnectionLimits>;
  /** False once the server is stopping: readiness answers 503 (see routes/health). */
  accepting?: () => boolean;
  /** `/metrics` and its token; without it the route does not exist. */
  metrics?: MetricsDeps;
  /** PACTA_PUBLIC_URL: where clients open help-centre links (default: the request's origin). */
  publicUrl?: string | undefined;
  /** The OpenID Connect provider people may sign in through; none when not configured. */
  oidc?: OidcSignIn | undefined;
}

/** How long a client may take, and how many may be connected at once. */
export interface ConnectionLimits {
  /** A request whose headers and body have not all arrived by then is answered 408 and closed. */
  requestTimeoutMs: number;
  /** A connection with no traffic for this long is closed. */
  idleTimeoutMs: number;
  /** How long a keep-alive connection waits for its next request. */
  keepAliveTimeoutMs: number;
  /** Connections accepted at once (undefined: no limit beyond the system's). */
  maxConnections: number | undefined;
}

/** Slow clients are cut off after 30 s; idle connections after a minute. */
export const connectionLimits: ConnectionLimits = {
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: undefined,
};

const maxBodyBytes = 1024 * 1024;
const requestIdPattern = /^[\w.-]{1,64}$/;

/** Builds the Fastify app: validation, errors, OpenAPI and every route; `listen` is the caller's. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const limits = { ...connectionLimits, ...deps.limits };
  const app = Fastify({
    logger: { level: deps.logLevel },
    bodyLimit: maxBodyBytes,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // A stopping node still answers requests already arriving on open connections (with
    // `Connection: close`) instead of a 503: a rolling restart answers no 5xx (issue 18 #4).
    return503OnClosing: false,
    trustProxy: deps.trustProxy ?? false,
    requestIdHeader: 'x-request-id',
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : deps.ids.newId();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.server.headersTimeout = limits.requestTimeoutMs;
  if (limits.maxConnections !== undefined) app.server.maxConnections = limits.maxConnections;
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  installNulGuard(app);
  app.addHook('onRoute', requireAccessRule);
  app.addHook('onRoute', rejectUnknownQueryParameters);
  app.addHook('onRoute', documentErrorAnswers);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  await installSecurityHeaders(app);
  installSameOriginCheck(app);
  const { modules } = deps;
  installAccessControl(app, modules.identity);
  installAuditLog(app, modules.identity);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'pacta_session' },
          bearer: { type: 'http', scheme: 'bearer', description: 'personal API token' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
      info: {
        title: 'Pacta API',
        description: 'Service-level agreements computed exactly.',
        version: deps.version,
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  installMetrics(app, deps.metrics);
  await app.register(healthRoutes({ ping: deps.ping, accepting: deps.accepting }));
  await app.register(identityRoutes(modules.identity, deps.oidc));
  await app.register(calendarRoutes(modules.calendars));
  await app.register(planRoutes(modules.plans));
  await app.register(contractRoutes(modules.contracts));
  await app.register(hourBankRoutes({ hourBank: modules.hourBank, contracts: modules.contracts }));
  await app.register(deskRoutes(modules.desk, deps.publicUrl));
  await app.register(reportRoutes(modules.reports));
  await app.register(metricsRoutes(modules.reports));
  await app.register(recommendationRoutes(modules.reports));
  await app.register(estimateRoutes(modules.reports));
  await app.register(knowledgeRoutes(modules.knowledge, deps.publicUrl));
  await app.register(agencyRoutes(modules.agency));
  await app.register(quoteRoutes(modules.quotes));
  await app.register(projectRoutes(modules.projects));
  await app.register(successRoutes(modules.success));
  await app.register(mailRoutes(modules.mail));
  await app.register(approvalRoutes(modules.mail));
  await app.register(mailboxRoutes(modules.mail));
  await app.register(contactRoutes(modules.contacts));
  await app.register(retentionRoutes(modules.contacts));
  await app.register(legalHoldRoutes(modules.contacts));
  await app.register(communicationRoutes(modules.communications));
  await app.register(campaignRoutes(modules.campaigns));
  await app.register(webApp());
  return app;
}

/** Unknown query parameters are mistakes (a typo silently ignored is a wrong report), so they fail. */
function rejectUnknownQueryParameters(route: RouteOptions) {
  if (route.url.startsWith('/docs')) return;
  route.schema ??= {};
  const schema = route.schema;
  const query = schema.querystring;
  if (query === undefined) schema.querystring = z.object({}).strict();
  else if (query instanceof z.ZodObject) schema.querystring = query.strict();
}

/** Every route documents the common error shape for its 4xx and 5xx answers. */
function documentErrorAnswers(route: RouteOptions) {
  if (route.url.startsWith('/docs')) return;
  route.schema ??= {};
  route.schema.response ??= {};
  const response = route.schema.response as Record<string, unknown>;
  response['4XX'] ??= errorBodySchema;
  response['5XX'] ??= errorBodySchema;
}
