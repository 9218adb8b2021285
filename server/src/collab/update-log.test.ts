import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Orm, migrate, openOrm } from '../db/orm.js';
import { countStatements, totalStatements } from '../db/query-counter.js';
import { freshDocName } from '../test-support/collab.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { type PendingUpdate, UpdateLog } from './update-log.js';

/** `count` rows alternating between two documents, each row's data naming its place in the batch. */
function batch(count: number, docs: [string, string]): PendingUpdate[] {
  return Array.from({ length: count }, (_, i) => ({
    docName: docs[i % 2]!,
    data: new TextEncoder().encode(`row ${i}`),
    userId: null,
  }));
}

const decoded = (rows: { data: Uint8Array }[]) => rows.map((row) => new TextDecoder().decode(row.data));

describe.each(TEST_DIALECTS)('the update log on %s', (dialect) => {
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

  // 1 and 3 rows run a prepared statement, 50 a one-off statement, 450 a transaction of three.
  it.each([1, 3, 50, 450])(
    'appends a batch of %i rows and names every new row under its document',
    async (count) => {
      const docs: [string, string] = [freshDocName(), freshDocName()];
      const rows = batch(count, docs);
      const ids = await log.append(rows);
      for (const [index, docName] of docs.entries()) {
        const stored = await log.read(docName);
        const expected = rows.filter((row) => row.docName === docName);
        expect(decoded(stored)).toEqual(decoded(expected));
        expect(ids.get(docName) ?? []).toEqual(stored.map((row) => String(row.id)));
        if (expected.length > 0) expect(ids.get(docName)).toHaveLength(Math.ceil((count - index) / 2));
      }
    },
  );

  // NOT NULL fails on the bad row: in the third statement of a transaction, or in a lone INSERT.
  it.each([
    [450, 420],
    [3, 2],
  ])('writes nothing of a batch of %i rows when row %i fails', async (count, bad) => {
    const docs: [string, string] = [freshDocName(), freshDocName()];
    const rows = batch(count, docs);
    rows[bad] = { ...rows[bad]!, docName: null as unknown as string };
    await expect(log.append(rows)).rejects.toThrow();
    expect(await log.read(docs[0])).toEqual([]);
    expect(await log.read(docs[1])).toEqual([]);
  });

  it("counts a batch in the process's statements, not in the scope of the request that scheduled it", async () => {
    const before = totalStatements();
    const { statements } = await countStatements(() =>
      log.append(batch(2, [freshDocName(), freshDocName()])),
    );
    expect(statements).toBe(0);
    expect(totalStatements()).toBe(before + 1);
  });
});
