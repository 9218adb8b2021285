import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import {
  type CollabHarness,
  type TestClient,
  connectClient,
  eventually,
  freshDocName,
  startCollabHarness,
  storedDoc,
  storedRows,
} from '../test-support/collab.js';

describe.each(TEST_DIALECTS)('collaboration on %s', (dialect) => {
  let db: TestDatabase;
  let h: CollabHarness;
  const clients: TestClient[] = [];
  const connect = (name: string, params: Record<string, string> = {}) => {
    const client = connectClient(h.url, name, params);
    clients.push(client);
    return client;
  };
  const synced = (...cs: TestClient[]) =>
    eventually(() => {
      for (const c of cs) expect(c.provider.synced).toBe(true);
    });

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    h = await startCollabHarness(db.config);
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(async () => {
    await h.close();
    await db.drop();
  });

  it('converges ten clients editing concurrently at random, in memory and in storage', async () => {
    const name = freshDocName();
    const cs = Array.from({ length: 10 }, () => connect(name));
    await synced(...cs);
    let seed = 42;
    // mulberry32: a small seeded generator, so a failure can be replayed.
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n;
    };
    for (let round = 0; round < 30; round++) {
      for (const [i, c] of cs.entries()) {
        const length = c.text.length;
        const at = Math.floor(random(length + 1));
        if (length > 0 && random(4) < 1) c.text.delete(Math.min(at, length - 1), 1);
        else c.text.insert(at, `${i}.${round};`);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    await eventually(() => {
      const expected = cs[0]!.text.toString();
      for (const c of cs) expect(c.text.toString()).toBe(expected);
    });
    const content = cs[0]!.text.toString();
    expect(content.length).toBeGreaterThan(100);
    await h.collab.flush();
    expect((await h.collab.readDocument(name)).getText('t').toString()).toBe(content);
    expect((await storedDoc(h.orm, name)).doc.getText('t').toString()).toBe(content);
  });

  it('merges edits made offline once the client reconnects', async () => {
    const name = freshDocName();
    const [a, b] = [connect(name), connect(name)];
    await synced(a, b);
    a.text.insert(0, 'shared ');
    await eventually(() => expect(b.text.toString()).toBe('shared '));
    a.provider.disconnect();
    a.text.insert(a.text.length, 'offline-a ');
    b.text.insert(0, 'online-b ');
    a.provider.connect();
    await eventually(() => {
      expect(a.text.toString()).toBe(b.text.toString());
      expect(a.text.toString()).toContain('offline-a');
      expect(a.text.toString()).toContain('online-b');
    });
  });

  it('relays a viewer’s awareness but never applies, relays or stores its updates', async () => {
    const name = freshDocName();
    const editor = connect(name, { user: '1' });
    const viewer = connect(name, { access: 'view', user: '2' });
    await synced(editor, viewer);
    editor.text.insert(0, 'by editor ');
    viewer.text.insert(0, 'by viewer ');
    // Sent after the update on the same socket: once the editor sees it, the update was handled.
    viewer.provider.awareness.setLocalStateField('user', { name: 'Viewer' });
    await eventually(() =>
      expect(editor.provider.awareness.getStates().get(viewer.doc.clientID)).toEqual({
        user: { name: 'Viewer' },
      }),
    );
    await eventually(() => expect(viewer.text.toString()).toContain('by editor'));
    await h.collab.flush();
    expect(editor.text.toString()).toBe('by editor ');
    expect((await h.collab.readDocument(name)).getText('t').toString()).toBe('by editor ');
    const stored = await storedDoc(h.orm, name);
    expect(stored.doc.getText('t').toString()).toBe('by editor ');
    expect(stored.rows.map((r) => r.userId)).toEqual([1]);
    expect(h.logs).toContainEqual(
      expect.objectContaining({ msg: 'update from a viewer dropped', doc: name, userId: 2 }),
    );
  });

  it('removes the awareness state of a connection that ends', async () => {
    const name = freshDocName();
    const [a, b] = [connect(name), connect(name)];
    await synced(a, b);
    a.provider.awareness.setLocalStateField('cursor', 3);
    await eventually(() => expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(true));
    // Ends the socket without the provider's own goodbye, as a crashed tab would.
    a.provider.shouldConnect = false;
    (a.provider.ws as unknown as { terminate(): void }).terminate();
    await eventually(() => expect(b.provider.awareness.getStates().has(a.doc.clientID)).toBe(false));
  });

  it('relays a server edit to connected clients and resolves once it is stored', async () => {
    const name = freshDocName();
    const client = connect(name);
    await synced(client);
    await h.collab.applyServerEdit(name, { userId: 7, label: 'importer' }, (doc) =>
      doc.getText('t').insert(0, 'from the server'),
    );
    expect((await storedRows(h.orm, name)).map((r) => r.userId)).toEqual([7]);
    await eventually(() => expect(client.text.toString()).toBe('from the server'));
  });

  it('reports saved to the client only once its update is in the database', async () => {
    const name = freshDocName();
    const client = connect(name);
    await synced(client);
    client.text.insert(0, 'persist me');
    expect(client.saved()).toBe('saving');
    await eventually(() => expect(client.saved()).toBe('saved'));
    expect((await storedDoc(h.orm, name)).doc.getText('t').toString()).toBe('persist me');
  });
});
