import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, test as base } from 'vitest';
import { Api } from './api.js';
import { UI_TIMEOUT_MS } from './constants.js';
import { type RunningServer, type StartServerOptions, startServer } from './server.js';

export const ARTIFACTS_DIR = path.resolve(import.meta.dirname, '..', 'artifacts');

export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `No Chromium at ${executablePath}. Install it (Debian: apt-get install chromium) or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
    );
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

let server: RunningServer | undefined;
let browser: Browser | undefined;
let api: Api | undefined;
let serverOptions: () => Promise<StartServerOptions> = async () => ({});

/**
 * Starts this file's server with more settings (a mail server the test runs, a fixed port). Call it
 * at the top level of the test file; `options` runs before the server starts.
 */
export function configureServer(options: () => Promise<StartServerOptions>): void {
  serverOptions = options;
}

/**
 * Per test file: a fresh server (fresh database, demo data seeded) and one Chromium, both
 * started before the file's tests and stopped after them.
 */
beforeAll(async () => {
  server = await startServer(await serverOptions());
  api = new Api(server.url);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  browser = undefined;
  server = undefined;
  api = undefined;
});

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is not running: did beforeAll fail?`);
  return value;
}

interface Fixtures {
  /** The base URL of the running server. */
  baseUrl: string;
  /** The running server's data directory (its SQLite database lives there). */
  dataDir: string;
  api: Api;
  /** A page in a fresh browser context; screenshot, HTML and console saved under test/artifacts/ when the test fails. */
  page: Page;
  /** Opens another page in its own fresh context (another person, with their own cookies), kept like `page`. */
  newPage: () => Promise<Page>;
}

interface OpenedPage {
  context: BrowserContext;
  page: Page;
  consoleLines: string[];
}

async function openPage(): Promise<OpenedPage> {
  const context = await required(browser, 'Chromium').newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  const consoleLines: string[] = [];
  page.on('console', (msg) => consoleLines.push(`[${msg.type()}] ${msg.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));
  page.on('requestfailed', (req) =>
    consoleLines.push(`[requestfailed] ${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`),
  );
  return { context, page, consoleLines };
}

/** Closes the pages, first saving artifacts when the test failed (fixtures end after the result is known). */
async function closePages(
  opened: OpenedPage[],
  task: { name: string; file: { name: string }; result?: { state?: string } },
  label: (index: number) => string,
): Promise<void> {
  for (const [i, { context, page, consoleLines }] of opened.entries()) {
    if (task.result?.state === 'fail')
      await saveFailureArtifacts(page, task.file.name, `${task.name}${label(i)}`, consoleLines);
    await context.close();
  }
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  baseUrl: async ({}, use) => {
    await use(required(server, 'The server').url);
  },
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    await use(required(server, 'The server').dataDir);
  },
  // eslint-disable-next-line no-empty-pattern
  api: async ({}, use) => {
    await use(required(api, 'The server'));
  },
  page: async ({ task }, use) => {
    const opened = await openPage();
    try {
      await use(opened.page);
    } finally {
      await closePages([opened], task, () => '');
    }
  },
  newPage: async ({ task }, use) => {
    const opened: OpenedPage[] = [];
    try {
      await use(async () => {
        const next = await openPage();
        opened.push(next);
        return next.page;
      });
    } finally {
      await closePages(opened, task, (i) => `--other-page-${i + 1}`);
    }
  },
});

async function saveFailureArtifacts(
  page: Page,
  file: string,
  name: string,
  consoleLines: string[],
): Promise<void> {
  const base = `${path.basename(file).replace(/\.e2e\.test\.ts$/, '')}--${name}`
    .replace(/[^a-z0-9-]+/gi, '_')
    .slice(0, 150);
  try {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `${base}.png`), fullPage: true, timeout: 10_000 });
    await writeFile(path.join(ARTIFACTS_DIR, `${base}.html`), await page.content());
    await writeFile(
      path.join(ARTIFACTS_DIR, `${base}.log`),
      [`URL: ${page.url()}`, ...consoleLines, '', 'Server log tail:', server?.logTail() ?? ''].join('\n'),
    );
    console.error(`Failure artifacts saved: test/artifacts/${base}.{png,html,log}`);
  } catch (error) {
    console.error(`Could not save failure artifacts for "${name}": ${String(error)}`);
  }
}
