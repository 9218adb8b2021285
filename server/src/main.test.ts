import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';

const serverRoot = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** `main.ts` as a process of its own on the test's SQLite file; resolves once it listens. */
async function start(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', './scripts/register.mjs', 'src/main.ts'], {
    cwd: serverRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIST: '',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'info',
    },
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) =>
      reject(new Error(`the server exited with ${code} before listening: ${errors}`)),
    );
    lines.on('line', (line) => line.includes('PartnerHub is listening') && resolve());
  });
  return child;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('stopping the server', () => {
  it('exits 0 on SIGINT, even when the signal comes twice, and a new start at once is accepted', async () => {
    const first = await start();
    const done = exited(first);
    // Under `pnpm start` Ctrl-C reaches the server from the terminal and again from pnpm.
    first.kill('SIGINT');
    first.kill('SIGINT');
    expect(await done).toEqual({ code: 0, signal: null });

    // Its instance row is gone: a restart is not taken for a second instance without Redis.
    const second = await start();
    const stopped = exited(second);
    second.kill('SIGTERM');
    expect(await stopped).toEqual({ code: 0, signal: null });
  }, 60_000);
});
