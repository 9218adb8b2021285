import type { IncomingMessage } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CollabHarness,
  type TestClient,
  connectClient,
  eventually,
  freshDocName,
  startCollabHarness,
} from '../test-support/collab.js';
import { type TestDatabase, createTestDatabase } from '../test-support/databases.js';

// A collector for this test alone: `globalThis.gc` stays unset, as the rest of the suite expects.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
setFlagsFromString('--no-expose-gc');

/** Collects until nothing more is freed; WeakRefs are cleared only between turns of the loop. */
async function collectAll(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('what an open collaboration connection keeps', () => {
  let db: TestDatabase;
  let h: CollabHarness;
  const requests: WeakRef<IncomingMessage>[] = [];
  const clients: TestClient[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    h = await startCollabHarness(
      db.config,
      {},
      {
        clientIp: (req) => {
          requests.push(new WeakRef(req));
          return req.socket.remoteAddress ?? 'unknown';
        },
      },
    );
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await h.close();
    await db.drop();
  });

  // With thousands of connections open, each upgrade request and its headers (about 2 KB) add up.
  it('does not keep its upgrade request', async () => {
    const name = freshDocName();
    for (let i = 0; i < 3; i++) clients.push(connectClient(h.url, name));
    await eventually(() => {
      for (const client of clients) expect(client.provider.synced).toBe(true);
    });
    clients[0]!.text.insert(0, 'still open');
    await eventually(() => expect(clients[2]!.text.toString()).toBe('still open'));
    await collectAll();
    expect(requests).toHaveLength(3);
    expect(requests.filter((request) => request.deref() !== undefined)).toHaveLength(0);
    expect(clients.every((client) => client.provider.wsconnected)).toBe(true);
  });
});
