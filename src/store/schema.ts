/**
 * The database as Kysely sees it: one interface per table, added by the migration that creates it.
 * Columns use the types `pg` returns (bigint and numeric as strings, timestamptz as Date).
 */
// biome-ignore lint/complexity/noBannedTypes: tables are added by later migrations
export type Tables = {};
