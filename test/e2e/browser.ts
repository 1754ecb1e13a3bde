/**
 * What the browser tests share: the real server (its own data directory and port, the web app
 * built first if stale), one headless Chromium, sign-in and screenshots.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Browser,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { freePort } from '../support/ports.js';
import { type Child, isHealthy, spawnTs, waitFor } from '../support/processes.js';

/** Where Debian installs Chromium (`apt-get install -y chromium`); CHROMIUM_PATH overrides it. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export const browserMissing = existsSync(chromiumPath) ? null : `no Chromium at ${chromiumPath}`;

/** The password of every demo login. */
export const demoPassword = 'pacta-demo-2026';

const screenshots = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

/** A running server and browser for one test file. */
export interface Stage {
  baseUrl: string;
  browser: Browser;
  stop(): Promise<void>;
}

async function finished(child: Child, what: string) {
  const code = await child.exited;
  if (code !== 0) throw new Error(`${what} failed (exit ${code}):\n${child.output()}`);
}

/**
 * Builds the web app if stale, starts `pacta serve` on a fresh data directory (with `env` added
 * to its environment, on `env.PORT` when given) and Chromium.
 */
export async function startStage(env: Readonly<Record<string, string>> = {}): Promise<Stage> {
  await finished(spawnTs('scripts/build-web-if-stale.ts', [], {}), 'the web build');
  const dataDir = mkdtempSync(join(tmpdir(), 'pacta-e2e-'));
  // a test that must know the address before the server starts (a callback URL) gives PORT
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const server = spawnTs('src/main/cli.ts', ['serve'], {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    ...env,
  });
  try {
    await waitFor('the server to be healthy', () => isHealthy(port), 240_000);
  } catch (error) {
    server.process.kill('SIGKILL');
    throw new Error(`${String(error)}\n${server.output()}`);
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  mkdirSync(screenshots, { recursive: true });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async stop() {
      await browser.close();
      server.process.kill('SIGTERM');
      await server.exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Env = Readonly<Record<string, string>>;

/**
 * Starts a stage (with `env` added to the server's environment, or what `env()` resolves to when
 * it needs servers started first) before a file's tests and stops it after them; call the result
 * to get it.
 */
export function stageForFile(env: Env | (() => Promise<Env>) = {}): () => Stage {
  let stage: Stage | undefined;
  beforeAll(async () => {
    stage = await startStage(typeof env === 'function' ? await env() : env);
  }, 400_000);
  afterAll(() => stage?.stop());
  return () => {
    if (!stage) throw new Error('the browser stage did not start');
    return stage;
  };
}

/** A phone's screen and touch, for the small-screen tests. */
export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/** A fresh page (own cookies and storage) with the given browser language and zone. */
export async function newPage(stage: Stage, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await stage.browser.newContext({
    viewport: { width: 1280, height: 860 },
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('close', () => {
    if (errors.length > 0) process.stderr.write(`page errors: ${errors.join('; ')}\n`);
  });
  await page.goto(stage.baseUrl);
  return page;
}

/** Signs in through the form, whatever the page's language. */
export async function signIn(page: Page, email: string) {
  await page.locator('input[type=email]').fill(email);
  await page.locator('input[type=password]').fill(demoPassword);
  await page.locator('form button[type=submit]').click();
  await page.locator('.shell #main h1').waitFor();
}

/** Saves `artifacts/screenshots/<name>.png` (the viewport, as a person sees it). */
export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

/** A page signed in as `email`, the browser in `zone` and `browserLocale`, the app in `lang`. */
export async function openAs(
  stage: Stage,
  options: { zone: string; lang: 'es' | 'en'; browserLocale: string; email: string },
): Promise<Page> {
  const context = await stage.browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: options.browserLocale,
    timezoneId: options.zone,
  });
  await context.addInitScript(`localStorage.setItem('pacta.locale', '${options.lang}')`);
  const page = await context.newPage();
  page.setDefaultTimeout(45_000);
  await page.goto(stage.baseUrl);
  await signIn(page, options.email);
  return page;
}

/** Calls the API with the page's session; fails the test on any answer but 2xx. */
export async function apiAs<T>(
  stage: Stage,
  page: Page,
  method: string,
  path: string,
  data?: object,
): Promise<T> {
  const res = await page.context().request.fetch(`${stage.baseUrl}${path}`, {
    method,
    ...(data ? { data } : {}),
  });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

/** Waits for `locator`; if it never shows, saves screenshot `failure` and fails with the page's text. */
export async function showsOr(page: Page, locator: Locator, failure: string): Promise<void> {
  try {
    await locator.waitFor();
  } catch (error) {
    await screenshot(page, failure);
    const main = await page
      .locator('#main')
      .textContent()
      .catch(() => '(no #main)');
    throw new Error(`${String(error)}\nThe page shows:\n${main}`);
  }
}
