import { answerQueriesWithOwnPresence } from '@partnerhub/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  type CollabHarness,
  type TestClient,
  connectClient,
  eventually,
  freshDocName,
  startCollabHarness,
  storedRows,
} from '../test-support/collab.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';

const VIEWER_DROPPED = 'update from a viewer dropped';

describe.each(TEST_DIALECTS)('viewers and presence on %s', (dialect) => {
  let db: TestDatabase;
  let h: CollabHarness;
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];
  const connect = (name: string, params: Record<string, string> = {}, harness = h) => {
    const client = connectClient(harness.url, name, params);
    clients.push(client);
    return client;
  };
  const synced = (...cs: TestClient[]) =>
    eventually(() => {
      for (const c of cs) expect(c.provider.synced).toBe(true);
    });
  const droppedLogs = (name: string, harness = h) =>
    harness.logs.filter((l) => l.msg === VIEWER_DROPPED && l.doc === name);

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    // The default keepalive: presence must go within 5 s as configured out of the box.
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

  it('does not log the sync replies of viewers, and logs a viewer who really writes once', async () => {
    const name = freshDocName();
    const editor = connect(name);
    await synced(editor);
    editor.text.insert(0, 'written, then partly deleted');
    editor.text.delete(0, 14);
    await eventually(() => expect(editor.saved()).toBe('saved'));
    const viewers = [connect(name, { access: 'view' }), connect(name, { access: 'view' })];
    await synced(...viewers);
    // Reconnecting makes each viewer answer the server's sync step 1 again (with the delete set).
    for (const v of viewers) v.provider.disconnect();
    for (const v of viewers) v.provider.connect();
    await synced(...viewers);
    editor.text.insert(0, '>');
    await eventually(() => {
      for (const v of viewers) expect(v.text.toString()).toBe('>partly deleted');
    });
    expect(droppedLogs(name)).toEqual([]);

    viewers[0]!.text.insert(0, 'viewer typing');
    viewers[0]!.text.insert(0, 'and more');
    await eventually(() => expect(droppedLogs(name)).toHaveLength(1));
    expect(droppedLogs(name)[0]).toMatchObject({ dropped: 1 });
  });

  it('relays an update to other editors at once and to viewers only once it is stored', async () => {
    const slow = await startCollabHarness(db.config, { flushIntervalMs: 60_000 });
    try {
      const name = freshDocName();
      const [editor, viewer, other] = [
        connect(name, {}, slow),
        connect(name, { access: 'view' }, slow),
        connect(name, {}, slow),
      ];
      await synced(editor, viewer, other);
      editor.text.insert(0, 'not stored yet');
      await eventually(() => expect(other.text.toString()).toBe('not stored yet'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await storedRows(slow.orm, name)).toEqual([]);
      expect(viewer.text.toString()).toBe('');
      // A viewer joining now gets the state once it is stored, not before.
      const late = connect(name, { access: 'view' }, slow);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(late.text.toString()).toBe('');
      await slow.collab.flush();
      await eventually(() => {
        for (const c of [viewer, late]) expect(c.text.toString()).toBe('not stored yet');
      });
    } finally {
      for (const c of clients.splice(0)) c.destroy();
      await slow.close();
    }
  });

  it('removes the presence of a connection that stops answering within 5 s, and tells the others', async () => {
    const name = freshDocName();
    const watcher = connect(name);
    await synced(watcher);
    // A client whose network is gone: it sent its presence, then answers nothing, not even pings.
    const gone = new WebSocket(`${h.url}/${name}`, { autoPong: false });
    sockets.push(gone);
    gone.on('error', () => {});
    await new Promise((resolve) => gone.once('open', resolve));
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState({ user: { name: 'Gone', color: '#000000' } });
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(awareness, [doc.clientID]));
    gone.send(encoding.toUint8Array(encoder));
    awareness.destroy();
    await eventually(() => expect(watcher.provider.awareness.getStates().has(doc.clientID)).toBe(true));
    const silentSince = Date.now();
    gone.pause();
    await eventually(
      () => expect(watcher.provider.awareness.getStates().has(doc.clientID)).toBe(false),
      8_000,
    );
    expect(Date.now() - silentSince).toBeLessThan(5_000);
    expect(watcher.provider.wsconnected).toBe(true);
  });

  it('removes the presence of a client that answers pings but no longer its queries (a browser gone offline)', async () => {
    const name = freshDocName();
    const watcher = connect(name);
    const muted = connect(name);
    muted.provider.awareness.setLocalState({ user: { name: 'Muted', color: '#000000' } });
    await synced(watcher, muted);
    const id = muted.doc.clientID;
    await eventually(() => expect(watcher.provider.awareness.getStates().has(id)).toBe(true));
    // Answered queries for a while; then its frames stop, while its socket still answers pings.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(muted.closeCodes).toEqual([]);
    const silentSince = Date.now();
    muted.provider.messageHandlers[3] = () => {};
    await eventually(() => expect(watcher.provider.awareness.getStates().has(id)).toBe(false), 8_000);
    expect(Date.now() - silentSince).toBeLessThan(5_000);
    expect(watcher.provider.wsconnected).toBe(true);
  });

  it("keeps a client that answers queries with its own presence only, as the app's client does", async () => {
    const name = freshDocName();
    const [watcher, others, app] = [connect(name), connect(name), connect(name)];
    watcher.provider.awareness.setLocalState({ user: { name: 'Watcher', color: '#000000' } });
    others.provider.awareness.setLocalState({ user: { name: 'Other', color: '#000000' } });
    app.provider.awareness.setLocalState({ user: { name: 'Zoë 🌱 App', color: '#000000' } });
    answerQueriesWithOwnPresence(app.provider);
    await synced(watcher, others, app);
    await eventually(() => expect(app.provider.awareness.getStates().size).toBe(3));
    const answers: Uint8Array[] = [];
    const socket = app.provider.ws!;
    const send = socket.send.bind(socket);
    socket.send = (data: Uint8Array) => {
      if (data[0] === 1) answers.push(data);
      send(data);
    };
    // Past two keepalive periods: a client that did not answer would be gone by now.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(app.closeCodes).toEqual([]);
    const appState = { user: { name: 'Zoë 🌱 App', color: '#000000' } };
    expect(watcher.provider.awareness.getStates().get(app.doc.clientID)).toEqual(appState);
    expect(answers.length).toBeGreaterThanOrEqual(2);
    for (const answer of answers) {
      const decoder = decoding.createDecoder(answer);
      decoding.readVarUint(decoder);
      const received = new Awareness(new Y.Doc());
      applyAwarenessUpdate(received, decoding.readVarUint8Array(decoder), null);
      expect([...received.getStates()].filter(([id]) => id !== received.clientID)).toEqual([
        [app.doc.clientID, appState],
      ]);
      received.destroy();
    }
  });
});
