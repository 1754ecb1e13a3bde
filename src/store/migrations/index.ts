import type { Migration } from 'kysely';
import * as identity from './0001_identity.js';

/**
 * Every migration, in order, imported statically so the compiled server needs no file scanning.
 * Names sort lexically: `NNNN_what`.
 */
export const migrations: Record<string, Migration> = {
  '0001_identity': identity,
};
