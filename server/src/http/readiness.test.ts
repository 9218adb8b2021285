import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../app.js';
import { loadConfig } from '../config.js';
import { silentLog } from '../test-support/graphql.js';

function start(dir: string, redisUrl: string): Promise<RunningApp> {
  return startApp(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir,
      CLIENT_DIST: '',
      SEED_DEMO_DATA: 'false',
      REDIS_URL: redisUrl,
      REDIS_PREFIX: `test:${process.pid}:${Math.random().toString(36).slice(2)}:`,
    }),
    silentLog,
  );
}

describe('readiness with Redis', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-ready-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts with an unreachable Redis and says it is not ready, naming Redis', async () => {
    const app = await start(dir, 'redis://127.0.0.1:1');
    try {
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'redis unreachable', redis: 'unreachable' });
    } finally {
      await app.close();
    }
  });

  it.skipIf(!process.env.TEST_REDIS_URL)('is ready when Redis answers', async () => {
    const app = await start(dir, process.env.TEST_REDIS_URL!);
    try {
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready', redis: 'ok' });
    } finally {
      await app.close();
    }
  });
});
