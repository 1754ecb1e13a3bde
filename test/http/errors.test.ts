import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DomainError } from '../../src/domain/errors.js';
import { issueText } from '../../src/i18n/index.js';
import { type DatabaseHandle, openEmbedded } from '../../src/store/database.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { buildTestApp } from '../support/app.js';

let app: FastifyInstance;
let database: DatabaseHandle;

function registerProbes(target: FastifyInstance) {
  const typed = target.withTypeProvider<ZodTypeProvider>();
  const config = { access: 'public' as const };
  const body = z.object({ name: z.string().min(1), minutes: z.number().int().positive() });
  typed.post('/probe', { config, schema: { body } }, async (request) => ({
    name: request.body.name,
  }));
  typed.get('/probe/domain-error', { config }, async () => {
    throw new DomainError('conflict', 'the period is already closed');
  });
  typed.get('/probe/crash', { config }, async () => {
    throw new Error('secret connection string postgres://user:pw@host');
  });
}

beforeAll(async () => {
  database = await openEmbedded('memory');
  await migrateToLatest(database.db);
  app = (await buildTestApp(database, { register: registerProbes })).app;
});

afterAll(async () => {
  await app.close();
  await database.close();
});

function expectErrorShape(payload: string, code: string) {
  const body = JSON.parse(payload);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.requestId).toEqual(expect.any(String));
  return body.error as { message: string; fields?: { path: string; message: string }[] };
}

describe('bad input gets a clean 4xx JSON error', () => {
  it('malformed JSON is 400 malformed_json', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/probe',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expectErrorShape(res.payload, 'malformed_json');
  });

  it('a wrong content type is 415', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/probe',
      headers: { 'content-type': 'application/xml' },
      payload: '<name>x</name>',
    });
    expect(res.statusCode).toBe(415);
    expectErrorShape(res.payload, 'unsupported_media_type');
  });

  it('a body over the size limit is 413', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/probe',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), minutes: 1 }),
    });
    expect(res.statusCode).toBe(413);
    expectErrorShape(res.payload, 'payload_too_large');
  });

  it('an unknown route is 404 route_not_found', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expectErrorShape(res.payload, 'route_not_found');
  });

  it('an unknown query parameter is 400 naming it', async () => {
    const res = await app.inject({ method: 'GET', url: '/health?verbose=1' });
    expect(res.statusCode).toBe(400);
    const error = expectErrorShape(res.payload, 'invalid_input');
    expect(error.fields).toEqual([
      { path: 'querystring.verbose', message: 'is not a known field', issue: 'unrecognized_keys' },
    ]);
  });

  it('a validation failure is 400 with each failing field path', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/probe',
      payload: { name: '', minutes: -5 },
    });
    expect(res.statusCode).toBe(400);
    const error = expectErrorShape(res.payload, 'invalid_input');
    expect(error.fields?.map((field) => field.path).sort()).toEqual(['body.minutes', 'body.name']);
  });

  it('each failing field carries an issue code and its limits, so people read it in their language', async () => {
    const res = await app.inject({ method: 'POST', url: '/probe', payload: { name: '' } });
    const error = expectErrorShape(res.payload, 'invalid_input') as {
      fields?: { path: string; issue?: string; params?: Record<string, string | number> }[];
    };
    const byPath = new Map(error.fields?.map((field) => [field.path, field]));
    expect(byPath.get('body.name')).toMatchObject({
      issue: 'too_small',
      params: { minimum: 1, origin: 'string' },
    });
    expect(byPath.get('body.minutes')).toMatchObject({ issue: 'required' });
    expect(issueText('es', byPath.get('body.name') ?? { issue: 'none' })).toBe(
      'No puede quedar vacío',
    );
    expect(issueText('en', byPath.get('body.minutes') ?? {})).toBe('Required');
  });
});

describe('errors map to one shape', () => {
  it('a domain error maps by its code', async () => {
    const res = await app.inject({ method: 'GET', url: '/probe/domain-error' });
    expect(res.statusCode).toBe(409);
    expect(expectErrorShape(res.payload, 'conflict').message).toBe('the period is already closed');
  });

  it('an unknown error is 500 with a request id and no internals', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/probe/crash',
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(res.statusCode).toBe(500);
    expect(res.payload).not.toContain('postgres://');
    expect(JSON.parse(res.payload).error.requestId).toBe('trace-123');
    expect(res.headers['x-request-id']).toBe('trace-123');
  });
});

describe('system routes', () => {
  it('health is 200 while the database answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('health is 503 when the database does not answer', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    await database.close();
    const down = await app.inject({ method: 'GET', url: '/health' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'unavailable', database: 'down' });
  });

  it('the OpenAPI document lists the routes and the error shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/openapi.json' });
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/health');
    expect(doc.paths['/health'].get.responses['4XX']).toBeDefined();
  });

  it('the API docs page is served', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });
});
