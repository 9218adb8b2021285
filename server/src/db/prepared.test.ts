import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { type EntityManager, type Orm, openOrm } from './orm.js';
import { oneOffStatement, preparedStatement, runPrepared, runPreparedRead } from './prepared.js';
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
  it('gives each row as an object with its columns in select order, for named and one-off texts', async () => {
    const text =
      'select label as "label", id * 10 as "tens", null as "none" from prepared_probe where id = 1 or id = ? order by id';
    for (const read of [preparedStatement(text), oneOffStatement(text)]) {
      const rows = await runPreparedRead<Record<string, unknown>>(em, read, [3]);
      expect(rows.map((row) => Object.keys(row))).toEqual([
        ['label', 'tens', 'none'],
        ['label', 'tens', 'none'],
      ]);
      expect(rows.map((row) => [row.label, Number(row.tens), row.none])).toEqual([
        ['one', 10, null],
        ["it's ?", 30, null],
      ]);
    }
  });

  it('gives the rows of a write with returning, and nothing for a write without', async () => {
    const knex = em.getKnex();
    const insert = preparedStatement(
      'insert into prepared_probe (id, label, flag) values (?, ?, ?) returning id, label',
    );
    const inserted = await runPrepared<{ id: number; label: string }>(knex, insert, [40, 'forty', false]);
    expect(inserted.map((row) => [Number(row.id), row.label])).toEqual([[40, 'forty']]);
    const remove = preparedStatement('delete from prepared_probe where id = ?');
    expect(await runPrepared(knex, remove, [40])).toEqual([]);
    expect(
      await runPreparedRead(em, preparedStatement('select id from prepared_probe where id = ?'), [40]),
    ).toEqual([]);
  });
});
