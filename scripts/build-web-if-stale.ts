/**
 * Builds the web app (Vite → dist/web) only when it is missing or older than its sources, so
 * `npm start` (its `prestart`) and the browser tests never serve a stale app and rarely wait.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What the web build is made from: its folders and the few shared files it imports. */
const sources = [
  'src/web',
  'src/i18n',
  'src/domain/errors.ts',
  'src/domain/identity/roles.ts',
  'vite.config.ts',
];

/** The file whose age stands for the whole build. */
const builtIndex = join(root, 'dist/web/index.html');

function newestMs(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMs(join(path, name))),
    0,
  );
}

/** Why the build must run, or null when dist/web is newer than every source. */
export function staleReason(): string | null {
  if (!existsSync(builtIndex)) return 'dist/web does not exist';
  const builtAt = statSync(builtIndex).mtimeMs;
  const newer = sources.find((source) => {
    const path = join(root, source);
    return existsSync(path) && newestMs(path) > builtAt;
  });
  return newer ? `${newer} changed since the last build` : null;
}

/** Runs the Vite build when {@link staleReason} says so; returns whether it built. */
export async function buildWebIfStale(): Promise<boolean> {
  const reason = staleReason();
  if (reason === null) return false;
  process.stdout.write(`building the web app (${reason})…\n`);
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWebIfStale().catch((error: unknown) => {
    process.stderr.write(
      `web build failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
