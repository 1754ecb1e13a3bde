import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the real PostgreSQL for store tests, or null when none could be had. */
    postgresUrl: string | null;
    /** Why there is no real PostgreSQL, shown by every skipped store test. */
    postgresMissing: string | null;
  }
}

/**
 * Gives the whole run one real PostgreSQL: DATABASE_URL when set, else a throwaway cluster.
 * With CI=true a missing server fails the run instead of skipping.
 */
export default async function setup(project: TestProject) {
  const given = process.env.DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    project.provide('postgresMissing', null);
    return;
  }
  const bin = findPostgresBin();
  if (!bin) {
    const why = 'no PostgreSQL server binaries (initdb) found';
    if (process.env.CI === 'true') throw new Error(`CI=true requires real PostgreSQL: ${why}`);
    process.stderr.write(`\n!! store tests on real PostgreSQL are SKIPPED: ${why}\n\n`);
    project.provide('postgresUrl', null);
    project.provide('postgresMissing', why);
    return;
  }
  const cluster = await startPostgresCluster(bin);
  project.provide('postgresUrl', cluster.url);
  project.provide('postgresMissing', null);
  return () => cluster.stop();
}
