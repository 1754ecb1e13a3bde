import { z } from 'zod';
import { DomainError } from '../domain/errors.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Path parameters of routes addressing one record by id. */
export const idParams = z.object({ id: z.string().max(200) });

/** A record id from the URL; a malformed one is simply "not found", like an id of another tenant. */
export function recordId(id: string, what: string): string {
  if (!uuidPattern.test(id)) throw new DomainError('not_found', `no such ${what}`);
  return id.toLowerCase();
}
