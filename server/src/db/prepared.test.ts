import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { type EntityManager, type Orm, openOrm } from './orm.js';
import { preparedStatement, runPreparedRead } from './prepared.js';
import { countStatements } from './query-counter.js';

describe.each(TEST_DIALECTS)('prepared reads on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  let em: EntityManager;

  beforeAll(async () => {
    db = await createTestDatabase(dialect, { empty: true });
    orm = await openOrm(db.config);
    em = orm.em.fork() as EntityManager;
    await em.getKnex().raw('create table prepared_probe (id integer primary key, label text, flag boolean)');
    await em
      .getKnex()('prepared_probe')
      .insert([
        { id: 1, label: 'one', flag: true },
        { id: 2, label: 'two', flag: false },
        { id: 3, label: "it's ?", flag: true },
      ]);
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  const byFlag = 'select id, label from prepared_probe where flag = ? and id >= ? order by id';

  it('binds values in order, booleans included, and gives the same answer on every run', async () => {
    const read = preparedStatement(byFlag);
    expect(read.name).toMatch(/^ph_/);
    expect(read.pgText).toBe('select id, label from prepared_probe where flag = $1 and id >= $2 order by id');
    expect(preparedStatement(byFlag)).toBe(read);
    for (let run = 0; run < 3; run++) {
      const rows = await runPreparedRead<{ id: number; label: string }>(em, read, [true, 1]);
      expect(rows.map((r) => [Number(r.id), r.label])).toEqual([
        [1, 'one'],
        [3, "it's ?"],
      ]);
    }
    expect(await runPreparedRead(em, read, [false, 1])).toHaveLength(1);
  });

  it('counts each run as one statement, inside a transaction too', async () => {
    const read = preparedStatement(byFlag);
    const outside = await countStatements(() => runPreparedRead(em, read, [true, 2]));
    expect(outside.statements).toBe(1);
    const inside = await countStatements(() =>
      em.transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(
            "update prepared_probe set label = 'changed' where id = 2",
            [],
            'run',
            tx.getTransactionContext(),
          );
        // The transaction's own connection sees its uncommitted write.
        return runPreparedRead<{ label: string }>(tx, read, [false, 0]);
      }),
    );
    expect(inside.result.map((r) => r.label)).toEqual(['changed']);
    expect(inside.statements).toBeGreaterThanOrEqual(1);
  });

  it('names a bounded number of texts and runs the rest as one-off statements', async () => {
    const texts = Array.from({ length: 260 }, (_, i) => `select ${i} as n from prepared_probe where id = ?`);
    const reads = texts.map(preparedStatement);
    expect(reads.filter((r) => r.name === null).length).toBeGreaterThan(0);
    expect(new Set(reads.filter((r) => r.name).map((r) => r.name)).size).toBe(
      reads.filter((r) => r.name).length,
    );
    const last = reads.at(-1)!;
    expect(last.name).toBeNull();
    expect(await runPreparedRead<{ n: number }>(em, last, [1])).toEqual([{ n: 259 }]);
  });
});
