import { CollabCloseCode } from '@partnerhub/shared';
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
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
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { MessageType } from './protocol.js';

/** A y-websocket awareness frame with one client's presence, as a provider answers a query. */
function awarenessFrame(): Uint8Array {
  const awareness = new awarenessProtocol.Awareness(new Y.Doc());
  awareness.setLocalState({ user: 'quiet' });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.AWARENESS);
  encoding.writeVarUint8Array(
    encoder,
    awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]),
  );
  awareness.destroy();
  return encoding.toUint8Array(encoder);
}

const MAX_MESSAGE = 64 * 1024;
const MAX_BUFFERED = 256 * 1024;

describe.each(TEST_DIALECTS)('collaboration limits on %s', (dialect) => {
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
  /** A bare socket: sends sync step 1 for an empty document when open, and records how it ends. */
  const rawSocket = (name: string, query = '') => {
    const ws = new WebSocket(`${h.url}/${name}${query}`);
    sockets.push(ws);
    const ended = { code: 0, status: 0 };
    ws.on('open', () => ws.send(Uint8Array.from([0, 0, 1, 0])));
    ws.on('close', (code) => (ended.code = code));
    ws.on('unexpected-response', (_req, res) => (ended.status = res.statusCode ?? 0));
    ws.on('error', () => {});
    return { ws, ended, opened: new Promise((resolve) => ws.once('open', resolve)) };
  };
  /** The other client still gets a new edit: it was not disturbed. */
  const stillWorks = async (writer: TestClient, reader: TestClient, text: string) => {
    writer.text.insert(0, text);
    await eventually(() => expect(reader.text.toString()).toContain(text));
    expect([...writer.closeCodes, ...reader.closeCodes]).toEqual([]);
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    h = await startCollabHarness(db.config, {
      maxMessageBytes: MAX_MESSAGE,
      maxBufferedBytes: MAX_BUFFERED,
      maxConnectionsPerUser: 2,
      maxDocuments: 4,
      unloadDelayMs: 60_000,
      // A paused client must be dropped for not reading, not first for not answering pings.
      keepaliveMs: 60_000,
    });
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
    for (const ws of sockets.splice(0)) ws.terminate();
  });
  afterAll(async () => {
    await h.close();
    await db.drop();
  });

  it('closes a connection that sends an oversize frame with 1009, and only that one', async () => {
    const name = freshDocName();
    const [a, b] = [connect(name), connect(name)];
    const raw = rawSocket(name);
    await raw.opened;
    await synced(a, b);
    raw.ws.send(new Uint8Array(MAX_MESSAGE + 1));
    await eventually(() => expect(raw.ended.code).toBe(CollabCloseCode.MESSAGE_TOO_BIG));
    await stillWorks(a, b, 'after the big frame');
  });

  it.each([
    ['a truncated update', Uint8Array.from([0, 2, 0xff, 0xff])],
    ['an unknown sync step', Uint8Array.from([0, 9, 0])],
    ['an update that is not Yjs', Uint8Array.from([0, 2, 4, 0xff, 0xff, 0xff, 0x7f])],
    ['a text frame', 'hello'],
  ])('closes a connection that sends %s with MALFORMED, and only that one', async (_what, frame) => {
    const name = freshDocName();
    const [a, b] = [connect(name), connect(name)];
    const raw = rawSocket(name);
    await raw.opened;
    await synced(a, b);
    raw.ws.send(frame);
    await eventually(() => expect(raw.ended.code).toBe(CollabCloseCode.MALFORMED));
    await stillWorks(a, b, 'after the bad frame');
  });

  it('drops a client that stops reading, while the others keep receiving', async () => {
    const name = freshDocName();
    const [writer, reader] = [connect(name), connect(name)];
    const stalled = rawSocket(name);
    await stalled.opened;
    await synced(writer, reader);
    stalled.ws.pause();
    const chunk = 'x'.repeat(32 * 1024);
    await eventually(() => {
      writer.text.insert(0, chunk);
      expect(h.logs).toContainEqual(
        expect.objectContaining({ msg: 'client stopped reading; connection dropped', doc: name }),
      );
    }, 20_000);
    await eventually(() => expect(reader.text.length).toBe(writer.text.length));
    await stillWorks(writer, reader, 'after the drop');
  });

  it('terminates a connection that stops answering pings, and keeps one that answers', async () => {
    // Its own server: a short keepalive would also end the paused client of the test above.
    const pinging = await startCollabHarness(db.config, { keepaliveMs: 500 });
    try {
      const name = freshDocName();
      const answering = connectClient(pinging.url, name);
      clients.push(answering);
      const silent = new WebSocket(`${pinging.url}/${name}`, { autoPong: false });
      sockets.push(silent);
      const ended = new Promise<number>((resolve) => silent.on('close', resolve));
      await synced(answering);
      expect(await ended).toBe(1006);
      expect(answering.closeCodes).toEqual([]);
      expect(answering.provider.wsconnected).toBe(true);
    } finally {
      await pinging.close();
    }
  });

  it('keeps a reader that never answers presence queries, and drops one that answered and went quiet', async () => {
    const pinging = await startCollabHarness(db.config, { keepaliveMs: 300 });
    try {
      const name = freshDocName();
      /** Answers pings; sends its sync step 1 only once the first presence query has come. */
      const reader = (answerOnce: boolean) => {
        const ws = new WebSocket(`${pinging.url}/${name}`);
        sockets.push(ws);
        const state = { closed: false, asked: 0 };
        ws.on('message', (data: Buffer) => {
          if (data[0] !== MessageType.QUERY_AWARENESS || state.asked++ > 0) return;
          ws.send(Uint8Array.from([0, 0, 1, 0]));
          if (answerOnce) ws.send(awarenessFrame());
        });
        ws.on('close', () => (state.closed = true));
        return state;
      };
      const [bare, quiet] = [reader(false), reader(true)];
      await eventually(() => expect(quiet.closed).toBe(true), 5_000);
      // Many rounds have passed: the bare reader's sync step 1 came after a query, yet it stays.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(bare.asked).toBeGreaterThan(5);
      expect(bare.closed).toBe(false);
    } finally {
      await pinging.close();
    }
  });

  it('warns about a large document and refuses updates past its cap with DOCUMENT_TOO_LARGE', async () => {
    const capped = await startCollabHarness(db.config, { warnDocumentBytes: 4_000, maxDocumentBytes: 8_000 });
    try {
      const name = freshDocName();
      const [writer, reader] = [connectClient(capped.url, name), connectClient(capped.url, name)];
      clients.push(writer, reader);
      await synced(writer, reader);
      writer.text.insert(0, 'a'.repeat(5_000));
      await eventually(() => expect(reader.text.length).toBe(5_000));
      expect(capped.logs).toContainEqual(
        expect.objectContaining({ msg: 'document passed the warning size', doc: name }),
      );
      writer.text.insert(0, 'b'.repeat(5_000));
      await eventually(() => expect(writer.closeCodes).toEqual([CollabCloseCode.DOCUMENT_TOO_LARGE]));
      // Relayed after the refusal: once the reader has it, a relay of the refused update would have come first.
      await capped.collab.applyServerEdit(name, { userId: null, label: 'test' }, (d) =>
        d.getText('t').insert(0, '!'),
      );
      await eventually(() => expect(reader.text.toString()).toBe(`!${'a'.repeat(5_000)}`));
      expect((await storedDoc(capped.orm, name)).doc.getText('t').toString()).toBe(`!${'a'.repeat(5_000)}`);
    } finally {
      await capped.close();
    }
  });

  it('closes connections past the per-user limit with TOO_MANY_CONNECTIONS', async () => {
    const name = freshDocName();
    const [first, second] = [connect(name, { user: '9' }), connect(name, { user: '9' })];
    await synced(first, second);
    const third = connect(freshDocName(), { user: '9' });
    await eventually(() => expect(third.closeCodes).toEqual([CollabCloseCode.TOO_MANY_CONNECTIONS]));
    await stillWorks(first, second, 'still two');
  });

  it.each([
    ['401', '?access=401', 401],
    ['403', '?access=403', 403],
    ['404 from authorize', '?access=404', 404],
  ])('refuses the upgrade with the status authorize returns (%s)', async (_what, query, status) => {
    const raw = rawSocket(freshDocName(), query);
    await eventually(() => expect(raw.ended.status).toBe(status));
  });

  it.each(['vision:0', 'plan:1', 'vision:abc', ''])('refuses the document name %j with 404', async (name) => {
    const raw = rawSocket(name);
    await eventually(() => expect(raw.ended.status).toBe(404));
  });

  it('refuses a new document with 503 when memory is full of busy documents, not when one is idle', async () => {
    // Earlier tests' documents are idle; these four fill every slot with a connected client.
    const busy = Array.from({ length: 4 }, () => connect(freshDocName()));
    await synced(...busy);
    const refused = rawSocket(freshDocName());
    await eventually(() => expect(refused.ended.status).toBe(503));
    busy[0]!.destroy();
    await eventually(() => expect(h.collab.stats().connections).toBe(3));
    await synced(connect(freshDocName()));
  });
});
