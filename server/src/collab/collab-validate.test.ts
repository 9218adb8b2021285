import { CollabCloseCode } from '@partnerhub/shared';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import {
  type CollabHarness,
  type TestClient,
  connectClient,
  eventually,
  freshDocName,
  startCollabHarness,
  storedDoc,
} from '../test-support/collab.js';
import { encodeUpdate, textItem, updateFrame } from '../test-support/collab-updates.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';

const SECRET = 'leak';
let lastClient = 1_000_000;
const newClient = () => (lastClient += 1 + Math.floor(Math.random() * 1_000));

/** Updates whose first part is valid and would reach the document if it were applied as it came. */
const crafted: [string, () => Uint8Array][] = [
  [
    'a reference forward to a missing clock of its own client',
    () => {
      const c = newClient();
      return encodeUpdate([
        { client: c, clock: 0, items: [textItem(c, 0, SECRET), textItem(c, 4, 'x', Y.createID(c, 10))] },
      ]);
    },
  ],
  [
    'a valid update with its delete set cut off',
    () => {
      const doc = new Y.Doc();
      doc.getText('t').insert(0, SECRET);
      const update = Y.encodeStateAsUpdate(doc);
      return update.subarray(0, update.length - 1);
    },
  ],
  [
    'a part that depends on a client the server does not have',
    () => {
      const [a, b, missing] = [newClient(), newClient(), newClient()];
      return encodeUpdate([
        { client: a, clock: 0, items: [textItem(a, 0, SECRET)] },
        { client: b, clock: 0, items: [textItem(b, 0, 'y', Y.createID(missing, 5))] },
      ]);
    },
  ],
  [
    'a gap in the clocks of a client',
    () => {
      const [a, b] = [newClient(), newClient()];
      return encodeUpdate([
        { client: a, clock: 0, items: [textItem(a, 0, SECRET)] },
        { client: b, clock: 7, items: [textItem(b, 7, 'y')] },
      ]);
    },
  ],
  [
    'deletions of content the server does not have',
    () => {
      const [a, missing] = [newClient(), newClient()];
      return encodeUpdate(
        [{ client: a, clock: 0, items: [textItem(a, 0, SECRET)] }],
        [{ client: missing, clock: 0, len: 3 }],
      );
    },
  ],
  [
    'one client in two blocks',
    () => {
      const a = newClient();
      return encodeUpdate([
        { client: a, clock: 0, items: [textItem(a, 0, SECRET)] },
        { client: a, clock: 4, items: [textItem(a, 4, 'z', Y.createID(a, 3))] },
      ]);
    },
  ],
];

describe.each(TEST_DIALECTS)('whole updates only, on %s', (dialect) => {
  let db: TestDatabase;
  let h: CollabHarness;
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];
  const connect = (name: string, params: Record<string, string> = {}) => {
    const client = connectClient(h.url, name, params);
    clients.push(client);
    return client;
  };
  const synced = (...cs: TestClient[]) =>
    eventually(() => {
      for (const c of cs) expect(c.provider.synced).toBe(true);
    });
  /** An editor's bare socket that sends `frame` once open; resolves with its close code. */
  const sendRaw = async (name: string, frame: Uint8Array) => {
    const ws = new WebSocket(`${h.url}/${name}?user=5`);
    sockets.push(ws);
    ws.on('error', () => {});
    const closed = new Promise<number>((resolve) => ws.on('close', resolve));
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(Uint8Array.from([0, 0, 1, 0]));
    ws.send(frame);
    return closed;
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    h = await startCollabHarness(db.config);
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
  });
  afterAll(async () => {
    await h?.close();
    await db?.drop();
  });

  describe.each(['vision', 'opportunities'] as const)('on %s documents', (kind) => {
    it.each(crafted)(
      'refuses %s from an editor with MALFORMED, leaving no trace in relay, storage or the document after a restart',
      async (_what, craft) => {
        const name = freshDocName(kind);
        const [writer, reader] = [connect(name), connect(name)];
        await synced(writer, reader);
        writer.text.insert(0, 'base');
        await eventually(() => expect(writer.saved()).toBe('saved'));

        expect(await sendRaw(name, updateFrame(craft()))).toBe(CollabCloseCode.MALFORMED);
        expect(h.logs).toContainEqual(
          expect.objectContaining({ msg: 'malformed message; connection closed', doc: name }),
        );
        // Once the reader has an edit made after the refusal, a relay of the refused update came first.
        await h.collab.applyServerEdit(name, { userId: null, label: 'test' }, (d) =>
          d.getText('t').insert(0, '!'),
        );
        await eventually(() => expect(reader.text.toString()).toBe('!base'));
        const live = await h.collab.readLive(name, (d) => ({
          text: d.getText('t').toString(),
          pending: d.store.pendingStructs !== null || d.store.pendingDs !== null,
        }));
        expect(live).toEqual({ text: '!base', pending: false });
        expect((await storedDoc(h.orm, name)).doc.getText('t').toString()).toBe('!base');
        expect([...writer.closeCodes, ...reader.closeCodes]).toEqual([]);

        for (const c of clients.splice(0)) c.destroy();
        await h.restart();
        expect((await h.collab.readDocument(name)).getText('t').toString()).toBe('!base');
      },
    );
  });

  it('refuses a broken awareness update with MALFORMED before any of its states is shown', async () => {
    const name = freshDocName();
    const watcher = connect(name);
    watcher.provider.awareness.setLocalState({ user: { name: 'Watcher' } });
    await synced(watcher);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    const states = encoding.createEncoder();
    encoding.writeVarUint(states, 2);
    encoding.writeVarUint(states, 4242);
    encoding.writeVarUint(states, 1);
    encoding.writeVarString(states, JSON.stringify({ user: { name: 'Half' } }));
    encoding.writeVarUint(states, 4243);
    encoding.writeVarUint(states, 1);
    encoding.writeVarString(states, '{"user":');
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(states));
    expect(await sendRaw(name, encoding.toUint8Array(encoder))).toBe(CollabCloseCode.MALFORMED);
    // Whoever opens the document next gets every presence the server holds: the half-read one is not there.
    const late = connect(name);
    await synced(late);
    await eventually(() => expect(late.provider.awareness.getStates().has(watcher.doc.clientID)).toBe(true));
    expect(late.provider.awareness.getStates().has(4242)).toBe(false);
  });

  it('applies what Yjs writes: concurrent edits, deletions, maps in arrays, offline edits of another client', async () => {
    const name = freshDocName('opportunities');
    const [a, b] = [connect(name), connect(name)];
    await synced(a, b);
    a.text.insert(0, 'hello world');
    const listing = new Y.Map<unknown>();
    a.doc.getArray('listings').push([listing]);
    listing.set('title', 'Welding');
    await eventually(() => expect(b.text.toString()).toBe('hello world'));
    // Offline: b's change builds on content of a third client the server gets in the same update.
    b.provider.disconnect();
    const third = new Y.Doc();
    Y.applyUpdate(third, Y.encodeStateAsUpdate(b.doc));
    third.getText('t').insert(5, ' there');
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(third));
    b.text.delete(0, 1);
    b.text.insert(b.text.length, '!');
    b.provider.connect();
    await eventually(() => expect(a.text.toString()).toBe('ello there world!'));
    await eventually(() => expect(b.saved()).toBe('saved'));
    expect((await storedDoc(h.orm, name)).doc.getText('t').toString()).toBe('ello there world!');
    expect([...a.closeCodes, ...b.closeCodes]).toEqual([]);
  });
});
