import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const serverRoot = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
}

/** `main.ts` as a process of its own on an SQLite file; resolves once it listens. */
async function start(
  options: { nodeArgs?: string[]; env?: NodeJS.ProcessEnv; dir?: string } = {},
): Promise<Started> {
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', './scripts/register.mjs', 'src/main.ts'],
    {
      cwd: serverRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: options.dir ?? dataDir,
        CLIENT_DIST: '',
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: 'info',
        ...options.env,
      },
    },
  );
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the server exited with ${code} before listening: ${errors}`)),
    );
    lines.on('line', (line) => {
      if (line.includes('PartnerHub is listening')) resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  return { child, url };
}

/** The node flags of `pnpm start`, written once in the start script. */
function startFlags(): string[] {
  const packageJson = JSON.parse(readFileSync(path.join(serverRoot, 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const match = /\bnode\s+(.*?)\s*dist\/main\.js/.exec(packageJson.scripts.start);
  if (!match) throw new Error(`cannot read the start script's node flags: ${packageJson.scripts.start}`);
  return match[1]!.split(' ').filter(Boolean);
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('stopping the server', () => {
  it('exits 0 on SIGINT, even when the signal comes twice, and a new start at once is accepted', async () => {
    const { child: first } = await start();
    const done = exited(first);
    // Under `pnpm start` Ctrl-C reaches the server from the terminal and again from pnpm.
    first.kill('SIGINT');
    first.kill('SIGINT');
    expect(await done).toEqual({ code: 0, signal: null });

    // Its instance row is gone: a restart is not taken for a second instance without Redis.
    const { child: second } = await start();
    const stopped = exited(second);
    second.kill('SIGTERM');
    expect(await stopped).toEqual({ code: 0, signal: null });
  }, 60_000);
});

/** The young generation's committed size, from the process's own metrics. */
async function youngBytes(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  const size = /nodejs_heap_space_size_total_bytes\{space="new"\} (\d+)/.exec(metrics);
  if (!size) throw new Error('no new-space size in /metrics');
  return Number(size[1]);
}

describe('memory at idle', () => {
  const eightMb = 8 * 1024 * 1024;

  it('comes up with a small young generation, as started by pnpm start', async () => {
    const { child, url } = await start({ nodeArgs: startFlags() });
    try {
      // Start-up alone grew it to 64 MB or more before start-up-heap.ts held its growth.
      expect(await youngBytes(url)).toBeLessThanOrEqual(eightMb);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
  }, 60_000);

  it('gives a grown young generation back once idle', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-idle-'));
    // The operator's own growth factor, which start-up-heap.ts leaves alone, lets start-up grow it.
    const { child, url } = await start({
      nodeArgs: [...startFlags(), '--semi-space-growth-factor=2'],
      env: { IDLE_MEMORY_CHECK_MS: '200' },
      dir,
    });
    try {
      // V8 shrinks it only once about 5 s of allocation are slow, so it cannot be down yet.
      expect(await youngBytes(url)).toBeGreaterThan(4 * eightMb);
      await expect
        .poll(() => youngBytes(url), { timeout: 15_000, interval: 1_000 })
        .toBeLessThanOrEqual(eightMb);
    } finally {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('the container image', () => {
  it('runs the server with the node flags of pnpm start', () => {
    const dockerfile = readFileSync(path.join(serverRoot, '../docker/Dockerfile'), 'utf8');
    const cmd = /^CMD (\[.*\])$/m.exec(dockerfile);
    if (!cmd) throw new Error('no CMD in docker/Dockerfile');
    expect(JSON.parse(cmd[1]!)).toEqual(['node', ...startFlags(), 'dist/main.js']);
  });
});
