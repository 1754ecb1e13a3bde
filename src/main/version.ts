import { readFileSync } from 'node:fs';

/** Pacta's version, from package.json (same relative place from src/main and dist/main). */
export const version: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
