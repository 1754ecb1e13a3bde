import type { Migration } from 'kysely';

/**
 * Every migration, in order, imported statically so the compiled server needs no file scanning.
 * Names sort lexically: `NNNN_what`.
 */
export const migrations: Record<string, Migration> = {};
