import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../domain/errors.js';

/** Where in a parsed value the first NUL character is, as an input path; null when there is none. */
export function findNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNul(item, `${path}[${index}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return path;
    const found = findNul(item, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses a NUL character (U+0000) anywhere in a request's URL parameters, query string or body
 * with invalid_input naming the field, for every route, before validation: PostgreSQL can hold
 * no NUL in text or jsonb, so such input could only fail later, deep in a transaction.
 */
export function installNulGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts: [string, unknown][] = [
      ['params', request.params],
      ['querystring', request.query],
      ['body', request.body],
    ];
    for (const [part, value] of parts) {
      const path = findNul(value, part);
      if (path)
        throw invalidInput(path, 'contains a NUL character (U+0000), which text cannot hold');
    }
  });
}
