import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../app.js';
import { loadConfig } from '../config.js';
import type { EntityManager } from '../db/orm.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { silentLog } from '../test-support/graphql.js';
import { REGISTRY_LOCK } from './registry.js';

const REFUSAL =
  /^Another PartnerHub instance \(host .+, pid \d+\) is running on this database\. Several instances must share Redis: set REDIS_URL on every instance\.$/;
const REDIS_URL = process.env.TEST_REDIS_URL;

describe.each(TEST_DIALECTS)('the instance registry on %s', (dialect) => {
  let db: TestDatabase;
  const dirs: string[] = [];
  const running: RunningApp[] = [];
  const prefix = `test:${process.pid}:${Math.random().toString(36).slice(2)}:`;

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
  });
  afterEach(async () => {
    for (const app of running.splice(0)) await app.close();
  });
  afterAll(async () => {
    await db?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  /** Starts an instance the way `main.ts` does, with or without Redis. */
  async function start(redisUrl?: string): Promise<RunningApp> {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-instance-'));
    dirs.push(dataDir);
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIST: '',
      SEED_DEMO_DATA: 'false',
      DATABASE_URL: dialect === 'sqlite' ? `sqlite:${db.config.url}` : db.config.url,
      ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_PREFIX: prefix } : {}),
    });
    const app = await startApp(config, silentLog, { registerInstance: true });
    running.push(app);
    return app;
  }

  const rows = (app: RunningApp) =>
    (app.orm.em as EntityManager).getKnex()('server_instance').select('host', 'pid', 'redis', 'heartbeat_at');

  it('registers a running instance and deletes its row when it shuts down', async () => {
    const first = await start();
    expect(await rows(first)).toEqual([
      { host: os.hostname(), pid: process.pid, redis: expect.anything(), heartbeat_at: expect.anything() },
    ]);
    const closed = running.pop()!;
    await closed.close();
    const second = await start();
    expect(await rows(second)).toHaveLength(1);
  });

  it('refuses a second instance without Redis, naming the one that runs', async () => {
    await start();
    await expect(start()).rejects.toThrow(REFUSAL);
    await expect(start()).rejects.toThrow(`(host ${os.hostname()}, pid ${process.pid})`);
  });

  it('lets only one of two instances without Redis start when they start at the same moment', async () => {
    const results = await Promise.allSettled([start(), start()]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')!.reason).toMatchObject({
      message: expect.stringMatching(REFUSAL),
    });
  });

  it.runIf(dialect === 'postgresql')('waits while another session holds the registry lock', async () => {
    const holder = new pg.Client({ connectionString: db.config.url });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock($1)', [REGISTRY_LOCK]);
      let started = false;
      const starting = start().then((app) => {
        started = true;
        return app;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(started).toBe(false);
      await holder.query('select pg_advisory_unlock($1)', [REGISTRY_LOCK]);
      expect(await rows(await starting)).toHaveLength(1);
    } finally {
      await holder.end();
    }
  });

  it('does not count an earlier run of this host and pid that crashed, such as a restarted container', async () => {
    const first = await start();
    // The earlier run started before this process did, and its heartbeat is still fresh.
    await (first.orm.em as EntityManager)
      .getKnex()('server_instance')
      .update({ started_at: Date.now() - Math.ceil(process.uptime() * 1000) - 60_000 });
    const crashed = running.pop()!;
    const second = await start();
    await crashed.close();
    expect(await rows(second)).toHaveLength(1);
  });

  it('does not count an instance of this host whose process is gone, even with a fresh heartbeat', async () => {
    const first = await start();
    // Killed with SIGKILL: its row stays, with a heartbeat a moment old, and its pid runs nothing.
    const killed = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => killed.once('exit', resolve));
    await (first.orm.em as EntityManager).getKnex()('server_instance').update({ pid: killed.pid });
    const crashed = running.pop()!;
    const second = await start();
    await crashed.close();
    expect(await rows(second)).toEqual([expect.objectContaining({ pid: process.pid })]);
  });

  it('still counts an instance of this host whose process runs', async () => {
    const first = await start();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      await (first.orm.em as EntityManager).getKnex()('server_instance').update({ pid: other.pid });
      await expect(start()).rejects.toThrow(REFUSAL);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('no longer counts an instance that stopped heartbeating 15 seconds ago (it crashed)', async () => {
    const first = await start();
    // The crash: its row stays, and its heartbeat is 16 seconds old.
    await (first.orm.em as EntityManager)
      .getKnex()('server_instance')
      .update({ heartbeat_at: Date.now() - 16_000 });
    const crashed = running.pop()!;
    const second = await start();
    await crashed.close();
    expect(await rows(second)).toHaveLength(1);
  });

  it.skipIf(!REDIS_URL)(
    'refuses an instance with Redis while one without Redis runs, and the other way round',
    async () => {
      await start();
      await expect(start(REDIS_URL)).rejects.toThrow(REFUSAL);
      for (const app of running.splice(0)) await app.close();
      await start(REDIS_URL);
      await expect(start()).rejects.toThrow(REFUSAL);
    },
  );

  it.skipIf(!REDIS_URL)('starts any number of instances that share Redis', async () => {
    const first = await start(REDIS_URL);
    await start(REDIS_URL);
    await start(REDIS_URL);
    expect(await rows(first)).toHaveLength(3);
  });
});
