import type { IncomingMessage } from 'node:http';
import { CollabCloseCode } from '@partnerhub/shared';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type CollabHarness, eventually, freshDocName, startCollabHarness } from '../test-support/collab.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';

const SYNC_STEP1_EMPTY = Uint8Array.from([0, 0, 1, 0]);
const LEASE_MS = 1_500;

describe.skipIf(!process.env.TEST_REDIS_URL).each(TEST_DIALECTS)(
  'connection caps shared by two instances through Redis, on %s',
  (dialect) => {
    const prefix = `test:${process.pid}:${Math.random().toString(36).slice(2)}:`;
    let db: TestDatabase;
    let redis: Redis;
    let raw: Redis;
    const harnesses: CollabHarness[] = [];
    const sockets: WebSocket[] = [];
    const forwarded = (req: IncomingMessage) => String(req.headers['x-forwarded-for'] ?? 'direct');
    const start = async (caps: {
      maxConnectionsPerIp?: number;
      maxConnectionsPerDoc?: number;
      maxConnectionsPerUser?: number;
    }) => {
      const h = await startCollabHarness(db.config, caps, {
        clientIp: forwarded,
        sharedCaps: { redis, prefix, leaseMs: LEASE_MS },
      });
      harnesses.push(h);
      return h;
    };
    /** A bare socket: resolves `opened` once open, records the status of a refused upgrade. */
    const socket = (h: CollabHarness, name: string, ip: string, user?: number) => {
      const query = user === undefined ? '' : `?user=${user}`;
      const ws = new WebSocket(`${h.url}/${name}${query}`, { headers: { 'x-forwarded-for': ip } });
      sockets.push(ws);
      const ended = { status: 0, code: 0 };
      ws.on('close', (code) => (ended.code = code));
      ws.on('open', () => ws.send(SYNC_STEP1_EMPTY));
      ws.on('unexpected-response', (_req, res) => (ended.status = res.statusCode ?? 0));
      ws.on('error', () => {});
      return { ws, ended, opened: new Promise((resolve) => ws.once('open', resolve)) };
    };

    beforeAll(async () => {
      db = await createTestDatabase(dialect);
      redis = new Redis(process.env.TEST_REDIS_URL!, { lazyConnect: true, enableOfflineQueue: false });
      raw = new Redis(process.env.TEST_REDIS_URL!, { lazyConnect: true });
      await Promise.all([redis.connect(), raw.connect()]);
    });
    afterEach(async () => {
      for (const ws of sockets.splice(0)) ws.terminate();
      for (const h of harnesses.splice(0)) await h.close();
    });
    afterAll(async () => {
      const keys = await raw?.keys(`${prefix}*`);
      if (keys?.length) await raw.del(...keys);
      redis?.disconnect();
      raw?.disconnect();
      await db?.drop();
    });

    it('counts the connections of one IP on both instances, and gives a place back on close', async () => {
      const [a, b] = [await start({ maxConnectionsPerIp: 3 }), await start({ maxConnectionsPerIp: 3 })];
      const ip = '203.0.113.10';
      const open = [
        socket(a, freshDocName(), ip),
        socket(a, freshDocName(), ip),
        socket(b, freshDocName(), ip),
      ];
      await Promise.all(open.map((s) => s.opened));
      const refused = [socket(a, freshDocName(), ip), socket(b, freshDocName(), ip)];
      await eventually(() => expect(refused.map((s) => s.ended.status)).toEqual([429, 429]));
      expect(b.logs).toContainEqual(expect.objectContaining({ status: 429, reason: 'connections-per-ip' }));
      await socket(b, freshDocName(), '203.0.113.11').opened;
      open[0]!.ws.close();
      await eventually(() => expect(a.collab.stats().connections).toBe(1));
      await socket(b, freshDocName(), ip).opened;
    });

    it('counts the connections to one document on both instances', async () => {
      const [a, b] = [await start({ maxConnectionsPerDoc: 2 }), await start({ maxConnectionsPerDoc: 2 })];
      const name = freshDocName();
      await Promise.all([socket(a, name, '198.51.100.1').opened, socket(b, name, '198.51.100.2').opened]);
      const refused = socket(a, name, '198.51.100.3');
      await eventually(() => expect(refused.ended.status).toBe(429));
      expect(a.logs).toContainEqual(
        expect.objectContaining({ status: 429, reason: 'connections-per-document' }),
      );
      await socket(a, freshDocName(), '198.51.100.3').opened;
    });

    it('counts one person’s connections on both instances', async () => {
      const [a, b] = [await start({ maxConnectionsPerUser: 2 }), await start({ maxConnectionsPerUser: 2 })];
      await Promise.all([
        socket(a, freshDocName(), '198.51.100.7', 7).opened,
        socket(b, freshDocName(), '198.51.100.8', 7).opened,
      ]);
      const third = socket(a, freshDocName(), '198.51.100.9', 7);
      await eventually(() => expect(third.ended.code).toBe(CollabCloseCode.TOO_MANY_CONNECTIONS));
      // Someone else is not affected.
      const other = socket(b, freshDocName(), '198.51.100.9', 8);
      await other.opened;
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(other.ended.code).toBe(0);
    });

    it('keeps counting open connections past their first lease (the instance refreshes them)', async () => {
      const [a, b] = [await start({ maxConnectionsPerDoc: 1 }), await start({ maxConnectionsPerDoc: 1 })];
      const name = freshDocName();
      await socket(a, name, '192.0.2.1').opened;
      await new Promise((resolve) => setTimeout(resolve, LEASE_MS * 2));
      const refused = socket(b, name, '192.0.2.2');
      await eventually(() => expect(refused.ended.status).toBe(429));
    });

    it('frees the places of a crashed instance once their lease runs out', async () => {
      const b = await start({ maxConnectionsPerDoc: 2 });
      const name = freshDocName();
      // What a crashed instance leaves: two places on the document that nobody refreshes.
      const [seconds] = await raw.time();
      const expiry = Number(seconds) * 1000 + LEASE_MS;
      await raw.zadd(`${prefix}collab:doc:${name}`, expiry, 'crashed:1', expiry, 'crashed:2');
      const refused = socket(b, name, '192.0.2.3');
      await eventually(() => expect(refused.ended.status).toBe(429));
      await new Promise((resolve) => setTimeout(resolve, LEASE_MS + 1_000));
      await socket(b, name, '192.0.2.3').opened;
    });
  },
);
