import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** The repository root: test/support/ is two levels below it. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

const SERVER_ENTRY = path.join(REPO_ROOT, 'server', 'dist', 'main.js');
/** The built client the server serves; CLIENT_DIST overrides it as it does for the server. */
const CLIENT_DIST = process.env.CLIENT_DIST
  ? path.resolve(REPO_ROOT, process.env.CLIENT_DIST)
  : path.join(REPO_ROOT, 'client', 'dist');

const LISTENING_MESSAGE = 'PartnerHub is listening';
const START_TIMEOUT_MS = 60_000;
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://localhost:41234. */
  url: string;
  dataDir: string;
  /** The last lines the server printed, for failure messages. */
  logTail(): string;
  stop(): Promise<void>;
}

/** Fails with an actionable message when the build outputs the server needs are missing. */
export function assertBuilt(): void {
  const missing: string[] = [];
  if (!existsSync(SERVER_ENTRY)) missing.push(path.relative(REPO_ROOT, SERVER_ENTRY));
  if (!existsSync(path.join(CLIENT_DIST, 'index.html')))
    missing.push(path.relative(REPO_ROOT, path.join(CLIENT_DIST, 'index.html')));
  if (missing.length) {
    throw new Error(
      `The end-to-end tests run the built application, but ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing. ` +
        'Run `pnpm build` at the repository root first.',
    );
  }
}

export interface StartServerOptions {
  /** A fixed port (see `freePort()`), for settings that must name the server's own URL; default: any free one. */
  port?: number;
  /** More environment variables, e.g. SMTP_URL and PUBLIC_URL. */
  env?: Record<string, string>;
}

/** A TCP port that is free right now, for a server that must know its URL before it starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', resolve);
  });
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('Could not find a free port.');
  return address.port;
}

/**
 * Starts the server the way `pnpm start` does (`node server/dist/main.js` from the repository root)
 * on a free port with a fresh data directory, so the demo data is seeded anew; resolves once
 * the server has logged its URL and /readyz answers 200.
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  assertBuilt();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'partnerhub-e2e-'));
  const lines: string[] = [];
  const remember = (line: string) => {
    lines.push(line);
    if (lines.length > 200) lines.shift();
  };
  const logTail = () => lines.slice(-40).join('\n');

  const child = spawn(process.execPath, ['--enable-source-maps', SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      // A fresh temp dir means an empty SQLite file: demo data is seeded at start.
      SEED_DEMO_DATA: 'true',
      DATABASE_URL: '',
      // Queued notification e-mail leaves within half a second, so tests wait for it briefly.
      NOTIFICATION_POLL_MS: '500',
      CLIENT_DIST,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );

  const stop = async () => {
    await stopProcess(child, exited);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `The server did not log "${LISTENING_MESSAGE}" within ${START_TIMEOUT_MS} ms.\n${logTail()}`,
            ),
          ),
        START_TIMEOUT_MS,
      );
      createInterface({ input: child.stderr }).on('line', remember);
      createInterface({ input: child.stdout }).on('line', (line) => {
        remember(line);
        const entry = parseJsonLine(line);
        if (entry?.msg === LISTENING_MESSAGE && typeof entry.url === 'string') {
          clearTimeout(timer);
          resolve(entry.url.replace(/\/$/, ''));
        }
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`The server exited with code ${code} before listening.\n${logTail()}`));
      });
    });
    await waitUntilReady(url, logTail);
    return { url, dataDir, logTail, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function parseJsonLine(line: string): Record<string, unknown> | null {
  if (!line.startsWith('{')) return null;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

async function waitUntilReady(url: string, logTail: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}: ${await res.text()}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `${url}/readyz did not answer 200 within ${READY_TIMEOUT_MS} ms (last: ${last}).\n${logTail()}`,
  );
}

async function stopProcess(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), STOP_TIMEOUT_MS);
  });
  const outcome = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
