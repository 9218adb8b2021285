import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openOrm } from '../db/orm.js';
import {
  type TestClient,
  connectClient,
  eventually,
  freshDocName,
  storedDoc,
} from '../test-support/collab.js';
import { type CollabProcess, killProcess, spawnCollabServer } from '../test-support/collab-process.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { type TcpProxy, startTcpProxy } from '../test-support/tcp-proxy.js';
import type { CollabOptions } from './index.js';

const REDIS_URL = process.env.TEST_REDIS_URL;

// Several instances share one PostgreSQL database; SQLite is for a single process.
describe.skipIf(!REDIS_URL || !TEST_DIALECTS.includes('postgresql'))(
  'collaboration across instances relayed through Redis, on postgresql',
  () => {
    const prefix = `test:${process.pid}:${Math.random().toString(36).slice(2)}:`;
    let db: TestDatabase;
    const instances: CollabProcess[] = [];
    const clients: TestClient[] = [];
    const proxies: TcpProxy[] = [];

    beforeAll(async () => {
      db = await createTestDatabase('postgresql');
    });
    afterEach(async () => {
      for (const c of clients.splice(0)) c.destroy();
      for (const p of proxies.splice(0)) await p.close();
      for (const i of instances.splice(0)) await killProcess(i.child);
    });
    afterAll(async () => {
      await db?.drop();
      const redis = new Redis(REDIS_URL!);
      const keys = await redis.keys(`${prefix}*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
    });

    const start = async (options: Partial<CollabOptions> = {}, redisUrl = REDIS_URL!) => {
      const instance = await spawnCollabServer(db.config, options, {
        RELAY_REDIS_URL: redisUrl,
        RELAY_PREFIX: prefix,
      });
      instances.push(instance);
      return instance;
    };
    const connect = (url: string, name: string, doc?: Y.Doc) => {
      const client = connectClient(url, name, {}, doc);
      clients.push(client);
      return client;
    };
    const synced = (...cs: TestClient[]) =>
      eventually(() => {
        for (const c of cs) expect(c.provider.synced).toBe(true);
      });
    const stored = async (name: string) => {
      const orm = await openOrm(db.config);
      try {
        return (await storedDoc(orm, name)).doc.getText('t').toString();
      } finally {
        await orm.close(true);
      }
    };
    /** Every token once, in every client and in the store. */
    const expectEverywhere = async (name: string, tokens: string[], cs: TestClient[]) => {
      await eventually(() => {
        const expected = cs[0]!.text.toString();
        for (const c of cs) expect(c.text.toString()).toBe(expected);
        for (const token of tokens) expect(expected.split(token)).toHaveLength(2);
      });
      await eventually(async () => expect(await stored(name)).toBe(cs[0]!.text.toString()));
    };

    it('gives every client on every instance the others’ edits and presence, and a late load the whole state', async () => {
      const [a, b] = [await start(), await start()];
      const name = freshDocName();
      const onA = connect(a.url, name);
      const onB = connect(b.url, name);
      await synced(onA, onB);

      onA.text.insert(0, 'from A. ');
      onB.text.insert(0, 'from B. ');
      await eventually(() => {
        for (const c of [onA, onB]) expect(c.text.toString()).toMatch(/^(?=.*from A\.)(?=.*from B\.)/);
      });

      // A holds the document: a new client of A gets B's edit from A's copy.
      const laterOnA = connect(a.url, name);
      await synced(laterOnA);
      expect(laterOnA.text.toString()).toBe(onA.text.toString());

      onA.provider.awareness.setLocalStateField('user', { name: 'Ana on A' });
      onB.provider.awareness.setLocalStateField('user', { name: 'Ben on B' });
      await eventually(() => {
        expect(onB.provider.awareness.getStates().get(onA.doc.clientID)).toEqual({
          user: { name: 'Ana on A' },
        });
        expect(onA.provider.awareness.getStates().get(onB.doc.clientID)).toEqual({
          user: { name: 'Ben on B' },
        });
      });

      // An instance that loads the document while the others hold it, mid-edit, gets all of it.
      onB.text.insert(onB.text.length, 'still typing');
      const c = await start();
      const onC = connect(c.url, name);
      await synced(onC);
      await expectEverywhere(name, ['from A.', 'from B.', 'still typing'], [onA, onB, laterOnA, onC]);
      // C asked for the presence of everyone connected elsewhere.
      await eventually(() => {
        expect(onC.provider.awareness.getStates().get(onA.doc.clientID)).toEqual({
          user: { name: 'Ana on A' },
        });
      });

      // Leaving is relayed too.
      onA.provider.awareness.setLocalState(null);
      await eventually(() => expect(onB.provider.awareness.getStates().has(onA.doc.clientID)).toBe(false));
    });

    it('stores each update once, and compacts on one instance at a time, while both write', async () => {
      const options = { compactThreshold: 20, flushIntervalMs: 5 };
      const [a, b] = [await start(options), await start(options)];
      const name = freshDocName();
      const cs = [connect(a.url, name), connect(b.url, name), connect(a.url, name), connect(b.url, name)];
      await synced(...cs);
      const tokens: string[] = [];
      for (let round = 0; round < 40; round++) {
        for (const [i, c] of cs.entries()) {
          const token = `<${i}.${round}>`;
          c.text.insert(round % 2 ? 0 : c.text.length, token);
          tokens.push(token);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await expectEverywhere(name, tokens, cs);
    });

    it('moves the clients of a killed instance to another one through the proxy, losing nothing saved', async () => {
      const [a, b] = [await start(), await start()];
      let alive = [a.port, b.port];
      const proxy = await startTcpProxy(() => alive);
      proxies.push(proxy);
      const name = freshDocName();
      const url = `ws://127.0.0.1:${proxy.port}/collab`;
      const cs = Array.from({ length: 4 }, () => connect(url, name));
      await synced(...cs);

      const tokens: string[] = [];
      const write = async (rounds: number, tag: string) => {
        for (let round = 0; round < rounds; round++) {
          for (const [i, c] of cs.entries()) {
            const token = `[${tag}${i}.${round}]`;
            c.text.insert(round % 2 ? 0 : c.text.length, token);
            tokens.push(token);
          }
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      await write(10, 'before');
      // The proxy spread them over both instances.
      await expectEverywhere(name, tokens, cs);
      await eventually(() => {
        for (const c of cs) expect(c.saved()).toBe('saved');
      });
      const saved = await stored(name);
      // Mid-edit: the kill lands while these are being written.
      const writing = write(10, 'during');
      await new Promise((resolve) => setTimeout(resolve, 30));
      alive = [b.port];
      await killProcess(a.child);
      await writing;
      await write(5, 'after');
      await expectEverywhere(name, tokens, cs);
      for (const token of tokens.filter((t) => t.startsWith('[before'))) expect(saved).toContain(token);
    });

    it('resubscribes after Redis comes back and catches up, never acknowledging what it could not share', async () => {
      const redisPort = Number(new URL(REDIS_URL!).port || 6379);
      const redisPath = await startTcpProxy(() => [redisPort]);
      proxies.push(redisPath);
      const viaProxy = `redis://127.0.0.1:${redisPath.port}`;
      const [a, b] = [await start({}, viaProxy), await start({}, viaProxy)];
      const name = freshDocName();
      const onA = connect(a.url, name);
      const onB = connect(b.url, name);
      await synced(onA, onB);
      onA.text.insert(0, 'before. ');
      await eventually(() => expect(onB.text.toString()).toBe('before. '));

      // Redis restarts: every connection to it drops, and it refuses connections for a while.
      const outage = redisPath.cut(1_500);
      await new Promise((resolve) => setTimeout(resolve, 100));
      onA.text.insert(onA.text.length, 'written on A during the outage. ');
      onB.text.insert(0, 'written on B during the outage. ');
      await new Promise((resolve) => setTimeout(resolve, 600));
      // Stored, but not shared: not acknowledged as saved.
      expect(onA.saved()).not.toBe('saved');
      expect(await stored(name)).toContain('written on A during the outage.');
      await outage;

      onA.text.insert(0, 'after. ');
      await expectEverywhere(
        name,
        ['before.', 'written on A during the outage.', 'written on B during the outage.', 'after.'],
        [onA, onB],
      );
      await eventually(() => expect(onA.saved()).toBe('saved'));
    });
  },
);
