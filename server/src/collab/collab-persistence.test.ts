import { CollabCloseCode } from '@partnerhub/shared';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { EntityManager } from '../db/orm.js';
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
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';

const COMPACT_THRESHOLD = 20;

describe.each(TEST_DIALECTS)('collaboration storage on %s', (dialect) => {
  let db: TestDatabase;
  let h: CollabHarness;
  const clients: TestClient[] = [];
  const connect = (name: string, doc?: Y.Doc) => {
    const client = connectClient(h.url, name, {}, doc);
    clients.push(client);
    return client;
  };
  /** A client that writes `text` and waits until the server reported it saved. */
  const write = async (name: string, text: string) => {
    const client = connect(name);
    await eventually(() => expect(client.provider.synced).toBe(true));
    client.text.insert(client.text.length, text);
    await eventually(() => expect(client.saved()).toBe('saved'));
    return client;
  };
  /** Text of the first sync step 2 the client receives, which must already hold the stored content. */
  const firstSyncText = (client: TestClient) =>
    new Promise<string>((resolve) => client.provider.once('sync', () => resolve(client.text.toString())));

  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    h = await startCollabHarness(db.config, { compactThreshold: COMPACT_THRESHOLD, unloadDelayMs: 100 });
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.destroy();
  });
  afterAll(async () => {
    await h.close();
    await db.drop();
  });

  it('keeps documents across a restart, and answers the first sync with them', async () => {
    const name = freshDocName();
    await write(name, 'kept across restarts');
    await h.restart();
    const client = connect(name);
    expect(await firstSyncText(client)).toBe('kept across restarts');
  });

  it('answers a client that has nothing with the stored row it loaded, then with the changed document', async () => {
    const name = freshDocName();
    await write(name, 'one row');
    expect(await storedRows(h.orm, name)).toHaveLength(1);
    await h.restart();
    const editor = connect(name);
    expect(await firstSyncText(editor)).toBe('one row');
    editor.text.insert(editor.text.length, ', then more');
    await eventually(() => expect(editor.saved()).toBe('saved'));
    expect(await firstSyncText(connect(name))).toBe('one row, then more');
  });

  it('unloads a document its last connection left, after storing it', async () => {
    const name = freshDocName();
    const client = await write(name, 'unload me');
    client.text.insert(0, 'and this ');
    client.destroy();
    await eventually(() =>
      expect(h.logs).toContainEqual(expect.objectContaining({ msg: 'idle document unloaded', doc: name })),
    );
    expect((await storedDoc(h.orm, name)).doc.getText('t').toString()).toBe('and this unload me');
    expect(await firstSyncText(connect(name))).toBe('and this unload me');
  });

  it('compacts a long log into a snapshot that keeps the content', async () => {
    const name = freshDocName();
    const client = connect(name);
    await eventually(() => expect(client.provider.synced).toBe(true));
    for (let i = 0; i < 5 * COMPACT_THRESHOLD; i++) {
      client.text.insert(client.text.length, `${i} `);
      if (i % 10 === 0) client.text.delete(0, 1);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await eventually(() => expect(client.saved()).toBe('saved'));
    const content = client.text.toString();
    await eventually(async () => {
      const { rows, doc } = await storedDoc(h.orm, name);
      expect(rows.length).toBeLessThanOrEqual(COMPACT_THRESHOLD);
      expect(rows[0]).toMatchObject({ userId: null, encoding: 1 });
      expect(doc.getText('t').toString()).toBe(content);
    });
    await h.restart();
    expect(await firstSyncText(connect(name))).toBe(content);
  });

  it('closes with LOAD_FAILED while the log cannot be read, and never stores over the content', async () => {
    const name = freshDocName();
    await write(name, 'precious ');
    await h.restart();
    const knex = (h.orm.em as EntityManager).getKnex();
    const rowsBefore = await storedRows(h.orm, name);
    await knex.raw('alter table collab_update rename to collab_update_away');
    try {
      const offline = new Y.Doc();
      offline.getText('t').insert(0, 'offline ');
      const client = connect(name, offline);
      await eventually(() => expect(client.closeCodes).toContain(CollabCloseCode.LOAD_FAILED));
      expect(h.collab.stats()).toMatchObject({ documents: 0, pendingWrites: 0 });
      expect(client.provider.synced).toBe(false);
    } finally {
      await knex.raw('alter table collab_update_away rename to collab_update');
    }
    const [client] = clients.slice(-1);
    // LOAD_FAILED is retryable: the provider reconnects by itself.
    await eventually(() => {
      expect(client!.provider.synced).toBe(true);
      expect(client!.text.toString()).toContain('precious ');
      expect(client!.text.toString()).toContain('offline ');
    });
    // Synced means the server's state arrived; the client's offline edit may still be on its way in.
    await eventually(async () => {
      await h.collab.flush();
      const after = await storedDoc(h.orm, name);
      expect(after.rows.slice(0, rowsBefore.length)).toEqual(rowsBefore);
      expect(after.doc.getText('t').toString()).toBe(client!.text.toString());
    });
  });

  it.runIf(dialect === 'postgresql')('sends no sync reply before the document is loaded', async () => {
    const name = freshDocName();
    await write(name, 'loaded first');
    await h.restart();
    const blocker = new pg.Client({ connectionString: db.config.url });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table collab_update in access exclusive mode');
      const client = connect(name);
      const firstSync = firstSyncText(client);
      await eventually(async () => {
        // Inside a transaction pg_stat_activity is read once and cached; read it afresh each time.
        await blocker.query('select pg_stat_clear_snapshot()');
        const { rows } = await blocker.query(
          `select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like 'select id, data, encoding from collab_update%'`,
        );
        expect(rows).toHaveLength(1);
      });
      await eventually(() => expect(client.provider.wsconnected).toBe(true));
      expect(client.provider.synced).toBe(false);
      await blocker.query('commit');
      expect(await firstSync).toBe('loaded first');
    } finally {
      await blocker.end();
    }
  });
});
