/**
 * The shape of the code, checked so it stays true (docs/architecture.md): layers import only
 * downwards, app modules meet only through each other's `index.ts`, files stay small, and only
 * the composition roots read the clock or mint ids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storedData } from '../src/main/stored-data.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every source file, as a path relative to the project (`src/app/desk/open-ticket.ts`). */
const sources = filesUnder(src).map((path) => relative(root, path));
const code = sources.filter((file) => !/\.test\.tsx?$/.test(file));
const text = new Map(sources.map((file) => [file, readFileSync(join(root, file), 'utf8')]));

/** The project files a file imports (relative specifiers only), resolved from `.js` to `.ts`. */
function importsOf(file: string): string[] {
  const found = [...(text.get(file) ?? '').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)];
  return found.map((match) => {
    const target = relative(root, resolve(root, dirname(file), match[1] ?? ''));
    return target.replace(/\.js$/, '.ts');
  });
}

/** The layer a file of `src/` belongs to: its first folder. */
const layerOf = (file: string) => file.split('/')[1] ?? '';

/** What each layer may import from `src/` besides itself (domain ← app ← outer layers). */
const allowedLayers: Record<string, readonly string[]> = {
  domain: [],
  i18n: ['domain'],
  app: ['domain'],
  store: ['domain', 'app'],
  http: ['domain', 'app', 'i18n', 'reports'],
  jobs: ['domain', 'app', 'store', 'reports'],
  mail: ['domain', 'app', 'i18n'],
  reports: ['domain', 'app', 'i18n'],
  cli: ['domain', 'app'],
  web: ['domain', 'i18n', 'http'],
  main: ['domain', 'app', 'store', 'http', 'jobs', 'mail', 'reports', 'cli', 'i18n'],
};

/**
 * Single files another layer may import besides its allowed layers: the reports' chart option is
 * plain data, so the web app draws in the browser the very chart the PDF embeds.
 */
const sharedFiles: Record<string, readonly string[]> = {
  web: ['src/reports/charts.ts'],
};

describe('the architecture', () => {
  it('each layer imports only the layers below it', () => {
    const wrong = code.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('src/'))
        .filter((target) => {
          const from = layerOf(file);
          const to = layerOf(target);
          const shared = (sharedFiles[from] ?? []).includes(target);
          return from !== to && !shared && !(allowedLayers[from] ?? []).includes(to);
        })
        .map((target) => `${file} → ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('the web app imports only the response schemas of the HTTP layer, as types', () => {
    const statement = /import(\s+type)?\s+[^;]*?\sfrom\s+'((?:\.\.\/)+http\/[^']+)'/g;
    const wrong = sources
      .filter((file) => layerOf(file) === 'web')
      .flatMap((file) =>
        [...(text.get(file) ?? '').matchAll(statement)]
          .filter(
            (match) => !match[1] || !/\/http\/routes\/[\w-]+\/schema\.js$/.test(match[2] ?? ''),
          )
          .map((match) => `${file}: ${match[0]}`),
      );
    expect(wrong).toEqual([]);
  });

  it('app modules meet only through each other’s public index.ts', () => {
    const moduleOf = (file: string) => file.split('/')[2];
    const wrong = code
      .filter((file) => layerOf(file) === 'app')
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith('src/app/'))
          .filter((target) => moduleOf(target) !== moduleOf(file))
          .filter((target) => target !== `src/app/${moduleOf(target)}/index.ts`)
          .map((target) => `${file} → ${target}`),
      );
    expect(wrong).toEqual([]);
  });

  it('every file under src/ has at most 400 lines', () => {
    const long = sources
      .map((file) => ({ file, lines: (text.get(file) ?? '').split('\n').length - 1 }))
      .filter(({ lines }) => lines > 400)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });

  it('only the composition roots read the clock or mint ids', () => {
    const roots = (file: string) => file.startsWith('src/main/') || file === 'src/web/clock.ts';
    const reads = /\bnew Date\(\s*\)|\bDate\.now\(\)|\brandomUUID\b/;
    const wrong = code.filter((file) => !roots(file) && reads.test(text.get(file) ?? ''));
    expect(wrong).toEqual([]);
  });

  it('the domain reads no environment and does no I/O', () => {
    const io = /process\.env|from 'node:(fs|net|http|https|child_process)'|from 'kysely'|from 'pg'/;
    const wrong = code.filter(
      (file) => layerOf(file) === 'domain' && io.test(text.get(file) ?? ''),
    );
    expect(wrong).toEqual([]);
  });

  it('every table is declared by exactly one module, with the personal data it holds', () => {
    const declared = storedData.map((data) => data.table);
    const schema = text.get('src/store/schema.ts') ?? '';
    const body = schema.slice(schema.indexOf('export interface Tables {'));
    const tables = [...body.slice(0, body.indexOf('\n}')).matchAll(/^ {2}(\w+):/gm)].map(
      (m) => m[1],
    );
    expect(declared.toSorted()).toEqual(tables.toSorted());
  });
});
