import { randomUUID } from 'node:crypto';
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
import { errorBodySchema, handleError, handleNotFound } from './errors.js';
import { healthRoutes } from './routes/health/routes.js';

/** What the HTTP layer needs from the composition root. */
export interface AppDeps {
  version: string;
  logLevel: string;
  ping: () => Promise<boolean>;
}

const maxBodyBytes = 1024 * 1024;
const requestIdPattern = /^[\w.-]{1,64}$/;

/** Builds the Fastify app: validation, errors, OpenAPI and every route; `listen` is the caller's. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: deps.logLevel },
    bodyLimit: maxBodyBytes,
    requestIdHeader: 'x-request-id',
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  app.addHook('onRoute', rejectUnknownQueryParameters);
  app.addHook('onRoute', documentErrorAnswers);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
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
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(healthRoutes(deps.ping));
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
