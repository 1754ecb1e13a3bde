import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assertUnreachable, DomainError, type ErrorCode, InvalidFields } from '../domain/errors.js';
import { RuleError } from '../domain/rule-error.js';
import type { edgeErrorCodes } from '../i18n/codes.js';

/** The single shape of every error answer, documented in the OpenAPI. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('stable machine code, e.g. invalid_input, not_found, internal'),
      message: z.string().describe('human explanation'),
      requestId: z.string().describe('quote it when reporting a problem; it is in the logs'),
      rule: z
        .string()
        .optional()
        .describe('for a broken business rule: its message key, e.g. tickets.rule.closed_is_final'),
      params: z
        .record(z.string(), z.union([z.string(), z.number()]))
        .optional()
        .describe('the values the rule message is rendered with'),
      fields: z
        .array(
          z.object({
            path: z.string(),
            message: z.string(),
            issue: z
              .string()
              .optional()
              .describe('what is wrong, as a code to put into words: too_small, invalid_format…'),
            params: z
              .record(z.string(), z.union([z.string(), z.number()]))
              .optional()
              .describe('the limits of the issue, e.g. {minimum: 1, origin: "string"}'),
          }),
        )
        .optional()
        .describe('for invalid input: each failing field with its path'),
    }),
  })
  .meta({ id: 'Error' });

/** An error answer's body. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Codes that only the HTTP edge raises (the request never reached a use-case); the web app translates them. */
type EdgeCode = (typeof edgeErrorCodes)[number];

/** The one exhaustive mapping from domain error codes to HTTP statuses. */
export function statusForCode(code: ErrorCode): number {
  switch (code) {
    case 'invalid_input':
    case 'invalid_calendar':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'rule_violation':
      return 422;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
    default:
      return assertUnreachable(code);
  }
}

const fastifyCodes: Record<string, { status: number; code: EdgeCode }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'malformed_json' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
};

type FieldIssue = NonNullable<ErrorBody['error']['fields']>[number];

/** The plain limits of a validation issue (minimum, maximum, origin, expected, format, values). */
function issueParams(params: Record<string, unknown>): Record<string, string | number> {
  const plain: Record<string, string | number> = {};
  for (const key of ['minimum', 'maximum', 'origin', 'expected', 'format'] as const) {
    const value = params[key];
    if (typeof value === 'string' || typeof value === 'number') plain[key] = value;
    if (typeof value === 'bigint') plain[key] = Number(value);
  }
  if (Array.isArray(params.values)) plain.values = params.values.map(String).join(', ');
  return plain;
}

function body(
  request: FastifyRequest,
  code: ErrorCode | EdgeCode,
  message: string,
  fields?: FieldIssue[],
  rule?: RuleError,
): ErrorBody {
  const ruleParts = rule?.toAnswer() ?? {};
  const fieldParts = fields ? { fields } : {};
  return { error: { code, message, requestId: String(request.id), ...ruleParts, ...fieldParts } };
}

/**
 * Fastify's error handler: domain errors by code (a broken rule also with its message key and
 * parameters), validation as 400 with fields, the rest as 500 with no internals.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    const fields =
      error instanceof InvalidFields
        ? error.problems.map((p) => ({
            path: inBody(request, p.path),
            message: p.code.replaceAll('_', ' '),
            issue: p.code,
            params: { ...p.params },
          }))
        : error.path
          ? [{ path: inBody(request, error.path), message: error.message }]
          : undefined;
    return reply
      .status(statusForCode(error.code))
      .send(
        body(
          request,
          error.code,
          error.message,
          fields,
          error instanceof RuleError ? error : undefined,
        ),
      );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = error.validation.flatMap((issue) => {
      const path = joinPath(error.validationContext, issue.instancePath);
      const message = issue.message ?? 'is invalid';
      const unknownKeys = issue.keyword === 'unrecognized_keys' ? issue.params.keys : undefined;
      if (!Array.isArray(unknownKeys)) {
        // zod reports a missing field as a wrong type "received undefined": it is required
        const missing = issue.keyword === 'invalid_type' && /received undefined$/.test(message);
        const code = missing ? 'required' : issue.keyword;
        return [{ path, message, issue: code, params: issueParams(issue.params) }];
      }
      return unknownKeys.map((key) => ({
        path: `${path}.${String(key)}`,
        message: 'is not a known field',
        issue: 'unrecognized_keys',
      }));
    });
    const summary = fields.map((field) => `${field.path}: ${field.message}`).join('; ');
    return reply.status(400).send(body(request, 'invalid_input', summary, fields));
  }
  const known = error.code ? fastifyCodes[error.code] : undefined;
  if (known) return reply.status(known.status).send(body(request, known.code, error.message));
  request.log.error({ err: error }, 'unhandled error');
  return reply
    .status(500)
    .send(body(request, 'internal', 'internal error; quote the request id when reporting it'));
}

/** Answer for routes that do not exist. */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  const message = `no route ${request.method} ${request.url.split('?')[0]}`;
  return reply.status(404).send(body(request, 'route_not_found', message));
}

/**
 * Domain paths are relative to the input, which for requests with a body is the body. A path
 * under `params.` names a URL parameter only when the route has one of that name (a plan's body
 * has a `params` field too).
 */
function inBody(request: FastifyRequest, path: string): string {
  if (request.body === undefined || /^(body|querystring)\b/.test(path)) return path;
  const urlParameter = /^params\.(\w+)/.exec(path)?.[1];
  const urlParameters = (request.params ?? {}) as Record<string, unknown>;
  if (urlParameter !== undefined && Object.hasOwn(urlParameters, urlParameter)) return path;
  return `body.${path}`;
}

function joinPath(context: string | undefined, instancePath: string): string {
  const segments = instancePath.split('/').filter(Boolean);
  return [context ?? 'body', ...segments].join('.');
}
