import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Orm, migrate, openOrm } from '../db/orm.js';
import { freshDocName, storedDoc } from '../test-support/collab.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { compactLog, initializeLog } from './compaction.js';
import { UpdateLog } from './update-log.js';

/** Rows of single-character insertions into text `t`, one client each. */
function edits(count: number): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, String(i % 10));
    return Y.encodeStateAsUpdate(doc);
  });
}

describe.each(TEST_DIALECTS)('compaction and first content on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  let log: UpdateLog;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    orm = await openOrm(db.config);
    await migrate(orm);
    log = new UpdateLog(orm);
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  const append = (name: string, updates: Uint8Array[]) =>
    log.append(updates.map((data) => ({ docName: name, data, userId: null })));

  it('replaces exactly the rows it read by one snapshot with the same content', async () => {
    const name = freshDocName();
    await append(name, edits(30));
    const before = (await storedDoc(orm, name)).doc.getText('t').toString();
    const result = await compactLog(log, name);
    expect(result.replaced).toHaveLength(30);
    const after = await storedDoc(orm, name);
    expect(after.rows.map((r) => String(r.id))).toEqual([result.snapshotId]);
    expect(after.doc.getText('t').toString()).toBe(before);
  });

  it.runIf(dialect === 'postgresql')(
    'skips a document another instance is compacting (its advisory lock is held)',
    async () => {
      const name = freshDocName();
      await append(name, edits(10));
      const other = new pg.Client({ connectionString: db.config.url });
      await other.connect();
      try {
        await other.query('select pg_advisory_lock(hashtext($1), hashtext($2))', ['collab:compact', name]);
        expect(await compactLog(log, name)).toMatchObject({ replaced: [], snapshotId: null });
        expect((await storedDoc(orm, name)).rows).toHaveLength(10);
        await other.query('select pg_advisory_unlock(hashtext($1), hashtext($2))', ['collab:compact', name]);
        expect((await compactLog(log, name)).replaced).toHaveLength(10);
      } finally {
        await other.end();
      }
    },
  );

  it('stores first content once when two loads find the document empty at the same moment', async () => {
    const name = freshDocName();
    const fill = (doc: Y.Doc) => doc.getText('t').insert(0, 'first content');
    const [a, b] = await Promise.all([initializeLog(log, name, fill), initializeLog(log, name, fill)]);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect((await storedDoc(orm, name)).doc.getText('t').toString()).toBe('first content');
  });
});
