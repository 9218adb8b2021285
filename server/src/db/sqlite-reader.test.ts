import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import path from 'node:path';
import { type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { type EntityManager, type Orm, openOrm } from './orm.js';
import { oneOffStatement, preparedStatement, runPreparedRead, sqliteReaderOf } from './prepared.js';
import { SqliteReader } from './sqlite-reader.js';

// About a second of SQLite's work on this machine class, in one statement.
const SLOW_READ = `with recursive n(i) as (select 1 union all select i + 1 from n where i < ?) select count(*) as c from n`;
const SLOW_COUNT = 4_000_000;

/**
 * A fresh empty SQLite database and ORM for the enclosing describe block, dropped after it; `opened`
 * gets an entity manager once it is open.
 */
function withEmptySqlite(opened: (em: EntityManager) => Promise<unknown> | void): void {
  let db: TestDatabase;
  let orm: Orm;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite', { empty: true });
    orm = await openOrm(db.config);
    await opened(orm.em.fork() as EntityManager);
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });
}

describe('SQLite reads outside transactions', () => {
  let em: EntityManager;
  withEmptySqlite(async (opened) => {
    em = opened;
    await em.getKnex().raw('create table reader_probe (id integer primary key, label text)');
  });
  // Until its thread is ready, a read runs on the caller's thread; these tests are about the thread.
  beforeEach(async () => {
    await sqliteReaderOf(em.getKnex())!.whenReady();
  });

  it('run off the event loop: timers fire while SQLite works', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const started = performance.now();
      const [row] = await runPreparedRead<{ c: number }>(em, preparedStatement(SLOW_READ), [SLOW_COUNT]);
      const tookMs = performance.now() - started;
      expect(Number(row!.c)).toBe(SLOW_COUNT);
      // On the server's thread the timer could not fire at all until the statement finished.
      expect(tookMs).toBeGreaterThan(50);
      expect(ticks).toBeGreaterThan(tookMs / 5 / 4);
    } finally {
      clearInterval(timer);
    }
  });

  it('see every write committed before they start', async () => {
    const byLabel = preparedStatement('select id, label from reader_probe where label = ? order by id');
    for (let id = 1; id <= 5; id++) {
      await em.getKnex()('reader_probe').insert({ id, label: 'seen' });
      const rows = await runPreparedRead<{ id: number }>(em, byLabel, ['seen']);
      expect(rows.map((r) => Number(r.id))).toEqual(Array.from({ length: id }, (_, i) => i + 1));
    }
  });

  it('give rows as objects with their columns in select order, for kept and one-off texts', async () => {
    for (const read of [
      preparedStatement('select label as "b", id as "a" from reader_probe where id = ?'),
      oneOffStatement('select label as "b", id as "a" from reader_probe where id = ?'),
    ]) {
      const [row] = await runPreparedRead<Record<string, unknown>>(em, read, [1]);
      expect(Object.keys(row!)).toEqual(['b', 'a']);
      expect(row).toEqual({ b: 'seen', a: 1 });
    }
  });

  it('fail with the driver’s message and code for a bad statement', async () => {
    await expect(
      runPreparedRead(em, oneOffStatement('select nope from reader_probe'), []),
    ).rejects.toMatchObject({
      message: expect.stringContaining('no such column: nope'),
      code: 'SQLITE_ERROR',
    });
    // The reader goes on answering.
    expect(await runPreparedRead(em, oneOffStatement('select 1 as one'), [])).toEqual([{ one: 1 }]);
  });

  it('can never write, even given a write that returns rows', async () => {
    const write = oneOffStatement(`insert into reader_probe (id, label) values (99, 'written') returning id`);
    await expect(runPreparedRead(em, write, [])).rejects.toMatchObject({ code: 'SQLITE_READONLY' });
    expect(await em.getKnex()('reader_probe').where('id', 99)).toEqual([]);
  });

  it('stay on the transaction’s connection inside one, so they see its own writes', async () => {
    await em
      .transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(
            `insert into reader_probe (id, label) values (50, 'in tx')`,
            [],
            'run',
            tx.getTransactionContext(),
          );
        const rows = await runPreparedRead<{ id: number }>(
          tx,
          preparedStatement('select id from reader_probe where id = ?'),
          [50],
        );
        expect(rows.map((r) => Number(r.id))).toEqual([50]);
        throw new RollBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RollBack)) throw error;
      });
    expect(
      await runPreparedRead(em, preparedStatement('select id from reader_probe where id = ?'), [50]),
    ).toEqual([]);
  });
});

class RollBack extends Error {}

describe('SQLite reads while the reader thread is stopped', () => {
  let em: EntityManager;
  withEmptySqlite((opened) => {
    em = opened;
  });

  it('run where they are, without waiting for the start, and start the thread for the next ones', async () => {
    const reader = sqliteReaderOf(em.getKnex())!;
    expect(reader.running).toBe(false);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      // On the caller's thread the slow read holds the event loop: the timer fires only around it.
      const before = performance.now();
      const [row] = await runPreparedRead<{ c: number }>(em, oneOffStatement(SLOW_READ), [SLOW_COUNT]);
      expect(Number(row!.c)).toBe(SLOW_COUNT);
      expect(ticks).toBeLessThan((performance.now() - before) / 5 / 10);
      expect(reader.running).toBe(true);
      await reader.whenReady();
      ticks = 0;
      const started = performance.now();
      await runPreparedRead(em, oneOffStatement(SLOW_READ), [SLOW_COUNT]);
      expect(ticks).toBeGreaterThan((performance.now() - started) / 5 / 4);
    } finally {
      clearInterval(timer);
    }
  });
});

describe('the SQLite reader thread', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite', { empty: true });
  });
  afterAll(async () => {
    await db.drop();
  });

  it('stops after a quiet spell and starts again on the next read', async () => {
    const reader = new SqliteReader(db.config.url, { mmapBytes: 0, idleMs: 50 });
    try {
      expect(reader.running).toBe(false);
      expect((await reader.read('select 2 as two', true, [])).rows).toEqual([[2]]);
      expect(reader.running).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reader.running).toBe(false);
      expect(await reader.read('select ? as x', false, ['again'])).toEqual({
        columns: ['x'],
        rows: [['again']],
      });
    } finally {
      await reader.close();
    }
    expect(reader.running).toBe(false);
  });

  it('that cannot start is not tried again for a while, and reads stay where they are', async () => {
    const reader = new SqliteReader(path.join(db.config.url, 'no-such-directory', 'x.sqlite'), {
      mmapBytes: 0,
    });
    try {
      expect(reader.available()).toBe(false);
      expect(reader.running).toBe(true);
      await expect(reader.whenReady()).rejects.toThrow(/could not start/);
      expect(reader.available()).toBe(false);
      expect(reader.running).toBe(false);
    } finally {
      await reader.close();
    }
  });

  // Terminating the thread during the statement aborted this whole process (the driver's binding).
  it('fails the reads in flight when it is closed, lets the statement end, and reads again after', async () => {
    const reader = new SqliteReader(db.config.url, { mmapBytes: 0 });
    await reader.whenReady();
    const slow = reader.read(SLOW_READ, false, [SLOW_COUNT]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closing = reader.close();
    await expect(slow).rejects.toThrow(/closed/);
    await closing;
    expect(reader.running).toBe(false);
    expect((await reader.read('select 3 as three', false, [])).rows).toEqual([[3]]);
    await reader.close();
  });
});
