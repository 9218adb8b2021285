import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import {
  type CollabHarness,
  eventually,
  freshDocName,
  startCollabHarness,
  storedDoc,
} from '../test-support/collab.js';
import { updateFrame } from '../test-support/collab-updates.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { CollabDocument, RELAYED } from './document.js';
import { MessageType, syncStep1Message, syncStep2OfUpdate } from './protocol.js';
import { UpdateLog } from './update-log.js';

/** A document with `text` in text `t`, as one update of its whole state. */
function wholeState(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

/** The sync messages a bare client receives, in order: the step and its payload. */
function bareClient(url: string) {
  const ws = new WebSocket(url);
  const received: { step: number; payload: Uint8Array }[] = [];
  ws.binaryType = 'nodebuffer';
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MessageType.SYNC) return;
    received.push({ step: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) });
  });
  // A client that has nothing asks for everything as soon as it is connected.
  const asked = new Promise<void>((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => ws.send(syncStep1Message(new Y.Doc()), () => resolve()));
  });
  return { ws, received, asked };
}

describe.runIf(TEST_DIALECTS.includes('postgresql'))(
  'a stored document sent before it is built, on postgresql',
  () => {
    let db: TestDatabase;
    let h: CollabHarness;
    beforeAll(async () => {
      db = await createTestDatabase('postgresql');
      h = await startCollabHarness(db.config);
    });
    afterAll(async () => {
      await h?.close();
      await db?.drop();
    });

    /**
     * Connects a client that has nothing to `name` while the document's read is held, until the
     * client's question has surely arrived; resolves with what it received once `received` is there.
     */
    async function askWhileReadHeld(name: string, access: string, received: number) {
      const locker = new pg.Client({ connectionString: db.config.url });
      await locker.connect();
      let opened: ReturnType<typeof bareClient> | undefined;
      try {
        await locker.query('begin');
        await locker.query('lock table collab_update in access exclusive mode');
        // Connected only once the lock is held, so that the load cannot have read the document yet.
        const client = (opened = bareClient(`${h.url}/${name}?access=${access}`));
        await client.asked;
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(client.received).toEqual([]);
        await locker.query('commit');
        await eventually(() => expect(client.received.length).toBeGreaterThanOrEqual(received));
        return client.received;
      } finally {
        await locker.end();
        opened?.ws.close();
      }
    }

    it.each(['edit', 'view'])(
      'answers a %s client that has nothing with the stored state first, then serves it as usual',
      async (access) => {
        const name = freshDocName();
        const stored = wholeState('stored before the restart');
        await new UpdateLog(h.orm).append([{ docName: name, data: stored, userId: null }]);
        const received = await askWhileReadHeld(name, access, 2);
        // Sync step 2 (the stored update as it is) comes before the server's own sync step 1, which
        // it sends once the document is built.
        expect(received[0]).toEqual({ step: 1, payload: stored });
        expect(received[1]!.step).toBe(0);
        const doc = new Y.Doc();
        Y.applyUpdate(doc, received[0]!.payload);
        expect(doc.getText('t').toString()).toBe('stored before the restart');
      },
    );

    it('sends a snapshot with rows stored after it before the build, whole once the client is synced', async () => {
      const name = freshDocName();
      const doc = new Y.Doc();
      doc.getText('t').insert(0, 'a snapshot, '.repeat(100));
      const snapshot = Y.encodeStateAsUpdate(doc);
      const later: Uint8Array[] = [];
      doc.on('update', (update: Uint8Array) => later.push(update));
      doc.getText('t').insert(0, 'typed ');
      doc.getText('t').insert(6, 'after it: ');
      await new UpdateLog(h.orm).append(
        [snapshot, ...later].map((data) => ({ docName: name, data, userId: null })),
      );
      const received = await askWhileReadHeld(name, 'edit', 3);
      // The rows after the snapshot merged into one update, the snapshot as the sync step 2 (after
      // which a client counts itself synced), then the server's own sync step 1 once it is built.
      expect(received.map(({ step }) => step).slice(0, 3)).toEqual([2, 1, 0]);
      expect(received[1]!.payload).toEqual(snapshot);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, received[0]!.payload);
      Y.applyUpdate(copy, received[1]!.payload);
      expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
    });

    it('keeps serving the document: an edit after the early answer is stored and sent on', async () => {
      const name = freshDocName();
      const stored = wholeState('abc');
      await new UpdateLog(h.orm).append([{ docName: name, data: stored, userId: null }]);
      const writer = bareClient(`${h.url}/${name}`);
      const reader = bareClient(`${h.url}/${name}`);
      try {
        await Promise.all([writer.asked, reader.asked]);
        await eventually(() => expect(writer.received.some(({ step }) => step === 0)).toBe(true));
        const doc = new Y.Doc();
        Y.applyUpdate(doc, stored);
        const before = Y.encodeStateVector(doc);
        doc.getText('t').insert(3, 'd');
        writer.ws.send(updateFrame(Y.encodeStateAsUpdate(doc, before)));
        await eventually(async () =>
          expect((await storedDoc(h.orm, name)).doc.getText('t').toString()).toBe('abcd'),
        );
        await eventually(() => {
          const copy = new Y.Doc();
          for (const { payload, step } of reader.received) if (step !== 0) Y.applyUpdate(copy, payload);
          expect(copy.getText('t').toString()).toBe('abcd');
        });
      } finally {
        writer.ws.close();
        reader.ws.close();
      }
    });
  },
);

describe('what a connection sent the stored state lacks', () => {
  const stored = wholeState('stored');
  const open = () => {
    const ydoc = new Y.Doc();
    Y.applyUpdate(ydoc, stored);
    return new CollabDocument(freshDocName(), ydoc, () => {}, { storedState: [syncStep2OfUpdate(stored)] });
  };

  it('is nothing while the document is as stored', () => {
    const document = open();
    expect(document.changesSinceStored()).toBeNull();
    document.destroy();
  });

  it('is exactly what changed since the load, such as what another instance stored meanwhile', () => {
    const document = open();
    const other = new Y.Doc();
    Y.applyUpdate(other, stored);
    const vector = Y.encodeStateVector(other);
    other.getText('t').insert(6, ' and relayed');
    Y.applyUpdate(document.ydoc, Y.encodeStateAsUpdate(other, vector), RELAYED);

    const missed = document.changesSinceStored()!;
    const decoder = decoding.createDecoder(missed);
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([MessageType.SYNC, 1]);
    const changes = decoding.readVarUint8Array(decoder);
    // Only the new text, not the stored state again.
    expect(Y.decodeUpdate(changes).structs.map((struct) => struct.id.client)).toEqual([other.clientID]);
    const client = new Y.Doc();
    Y.applyUpdate(client, stored);
    Y.applyUpdate(client, changes);
    expect(client.getText('t').toString()).toBe('stored and relayed');
    document.destroy();
  });
});
