import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.js';

/** A throwaway PostgreSQL server for tests, on a free loopback port. */
export interface PostgresCluster {
  readonly url: string;
  stop(): void;
}

/** Where the server binaries are: on PATH, or where Debian's postgresql package puts them. */
export function findPostgresBin(): string | undefined {
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return join(onPath, '..');
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(debian, v, 'bin')).find((bin) => existsSync(join(bin, 'initdb')));
}

/** initdb + pg_ctl start in a temp dir; as root it runs them as the `postgres` (or `nobody`) user. */
export async function startPostgresCluster(bin: string): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'pacta-pg-'));
  const runAs = process.getuid?.() === 0 ? unprivilegedUser() : undefined;
  if (runAs) chownSync(dir, runAs.uid, runAs.gid);
  const run = (tool: string, args: string[]) => {
    const command = join(bin, tool);
    const [file, argv] = runAs
      ? ['runuser', ['-u', runAs.name, '--', command, ...args]]
      : [command, args];
    execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function unprivilegedUser(): { name: string; uid: number; gid: number } {
  for (const name of ['postgres', 'nobody']) {
    const found = spawnSync('id', ['-u', name], { encoding: 'utf8' });
    if (found.status !== 0) continue;
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' }).stdout.trim();
    return { name, uid: Number(found.stdout.trim()), gid: Number(gid) };
  }
  throw new Error('running as root and neither a postgres nor a nobody user exists for initdb');
}
