import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { CollabOptions } from '../collab/index.js';
import type { DatabaseConfig } from '../config.js';

const serverRoot = path.resolve(import.meta.dirname, '../..');

export interface CollabProcess {
  /** Base URL of the collaboration endpoint. */
  url: string;
  port: number;
  child: ChildProcess;
}

/**
 * Starts the collaboration server in a child process on `database` (`collab-server.cli.ts`);
 * resolves once it listens. `env` is added to the child's environment (the relay's Redis).
 */
export async function spawnCollabServer(
  database: DatabaseConfig,
  options: Partial<CollabOptions> = {},
  env: Record<string, string> = {},
): Promise<CollabProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      './scripts/register.mjs',
      'src/test-support/collab-server.cli.ts',
      database.dialect,
      database.url,
      JSON.stringify(options),
    ],
    { cwd: serverRoot, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  );
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`collab server exited with ${code} before listening`)));
    lines.on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) resolve(Number(match[1]));
    });
  });
  return { url: `ws://127.0.0.1:${port}/collab`, port, child };
}

/** Kills a child with SIGKILL (a crash); resolves once it exited. */
export function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  return exited;
}
