import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { CollabCloseCode } from '@partnerhub/shared';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Orm, migrate, openOrm } from '../db/orm.js';
import {
  type LogLine,
  type TestClient,
  connectClient,
  eventually,
  freshDocName,
  queryAuthorize,
  storedDoc,
} from '../test-support/collab.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import {
  type CollabAuthorize,
  type CollabServer,
  type CollabUpdateGuard,
  createCollabServer,
} from './index.js';

/** Refuses any update that inserts the word "forbidden"; counts its calls and what the document read. */
function wordGuard() {
  const seen: string[] = [];
  const guard: CollabUpdateGuard = (doc, update) => {
    seen.push(doc.getText('t').toString());
    const inserts = Y.decodeUpdate(update).structs.some(
      (s) =>
        s instanceof Y.Item && s.content instanceof Y.ContentString && s.content.str.includes('forbidden'),
    );
    return inserts ? 'no forbidden words' : null;
  };
  return { guard, seen };
}

describe.each(TEST_DIALECTS)('the update guard of the collaboration server, on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  let collab: CollabServer;
  let server: Server;
  let url: string;
  const logs: LogLine[] = [];
  const clients: TestClient[] = [];
  let words = wordGuard();
  // `?guard=1` gets the guard (with the access the query asks for); everything else as queryAuthorize.
  const authorize: CollabAuthorize = async (req, doc) => {
    const grant = await queryAuthorize(req, doc);
    const guarded = new URL(req.url ?? '/', 'http://localhost').searchParams.get('guard') === '1';
    return grant.ok && guarded ? { ...grant, guard: words.guard } : grant;
  };
  const connect = (name: string, params: Record<string, string> = {}, doc?: Y.Doc) => {
    const client = connectClient(url, name, params, doc);
    clients.push(client);
    return client;
  };
  const synced = (...cs: TestClient[]) =>
    eventually(() => {
      for (const c of cs) expect(c.provider.synced).toBe(true);
    });
  /** Once `reader` has an edit made after `refused` was sent, a relay of `refused` would have come first. */
  const notRelayed = async (name: string, reader: TestClient) => {
    await collab.applyServerEdit(name, { userId: null, label: 'test' }, (d) => d.getText('t').insert(0, '!'));
    await eventually(() => expect(reader.text.toString()).toMatch(/^!/));
    expect(reader.text.toString()).not.toContain('forbidden');
  };

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    orm = await openOrm(db.config);
    await migrate(orm);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n')) if (line) logs.push(JSON.parse(line) as LogLine);
        done();
      },
    });
    collab = createCollabServer({ orm, log: pino({ level: 'debug' }, sink), authorize });
    server = createServer((_req, res) => res.writeHead(404).end());
    server.on('upgrade', (req, socket, head) => collab.handleUpgrade(req, socket, head));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/collab`;
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
    words = wordGuard();
  });
  afterAll(async () => {
    await collab?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await orm?.close(true);
    await db?.drop();
  });

  it('applies, relays and stores what the guard lets through', async () => {
    const name = freshDocName();
    const [writer, reader] = [connect(name, { guard: '1', user: '3' }), connect(name)];
    await synced(writer, reader);
    writer.text.insert(0, 'allowed');
    await eventually(() => expect(reader.text.toString()).toBe('allowed'));
    await eventually(() => expect(writer.saved()).toBe('saved'));
    expect((await storedDoc(orm, name)).doc.getText('t').toString()).toBe('allowed');
    expect(writer.closeCodes).toEqual([]);
    // The guard saw the document before each update was applied (the empty sync step 2, then the insert).
    expect(words.seen).toEqual(['', '']);
  });

  it('drops a refused update unrelayed and unstored, logs it and closes with UPDATE_REFUSED for good', async () => {
    const name = freshDocName();
    const [writer, reader] = [connect(name, { guard: '1', user: '4' }), connect(name)];
    await synced(writer, reader);
    writer.text.insert(0, 'fine ');
    await eventually(() => expect(reader.text.toString()).toBe('fine '));
    writer.text.insert(5, 'forbidden');
    await eventually(() => expect(writer.closeCodes).toEqual([CollabCloseCode.UPDATE_REFUSED]));
    expect(logs).toContainEqual(
      expect.objectContaining({
        msg: 'update refused by the guard; connection closed',
        doc: name,
        userId: 4,
        reason: 'no forbidden words',
      }),
    );
    await notRelayed(name, reader);
    await collab.flush();
    expect((await storedDoc(orm, name)).doc.getText('t').toString()).toBe('!fine ');
    // 4422 is in the range a stock provider does not retry: the client does not send it again.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(writer.provider.wsconnected).toBe(false);
    expect(writer.closeCodes).toEqual([CollabCloseCode.UPDATE_REFUSED]);
    expect(reader.closeCodes).toEqual([]);
  });

  it('refuses a sync step 2 carrying offline edits the guard refuses', async () => {
    const name = freshDocName();
    const reader = connect(name);
    await synced(reader);
    const offline = new Y.Doc();
    offline.getText('t').insert(0, 'forbidden while offline');
    const writer = connect(name, { guard: '1' }, offline);
    await eventually(() => expect(writer.closeCodes).toEqual([CollabCloseCode.UPDATE_REFUSED]));
    await notRelayed(name, reader);
    await collab.flush();
    expect((await storedDoc(orm, name)).doc.getText('t').toString()).toBe('!');
  });

  it('never asks the guard about unguarded editors or viewers', async () => {
    const name = freshDocName();
    const [editor, viewer] = [connect(name), connect(name, { access: 'view', guard: '1' })];
    await synced(editor, viewer);
    editor.text.insert(0, 'forbidden words are fine here');
    viewer.text.insert(0, 'forbidden');
    await eventually(() => expect(viewer.text.toString()).toContain('are fine here'));
    await eventually(() => expect(editor.saved()).toBe('saved'));
    expect(words.seen).toEqual([]);
    expect([...editor.closeCodes, ...viewer.closeCodes]).toEqual([]);
  });
});
