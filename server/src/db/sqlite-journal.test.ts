import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { type EntityManager, openOrm } from './orm.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Knex = ReturnType<EntityManager['getKnex']>;

async function read(knex: Knex) {
  const [journal] = await knex.raw<{ journal_mode: string }[]>('pragma journal_mode');
  const [sync] = await knex.raw<{ synchronous: number }[]>('pragma synchronous');
  const [keys] = await knex.raw<{ foreign_keys: number }[]>('pragma foreign_keys');
  const [mmap] = await knex.raw<{ mmap_size: number }[]>('pragma mmap_size');
  return {
    journal: journal!.journal_mode,
    synchronous: Number(sync!.synchronous),
    foreignKeys: Number(keys!.foreign_keys),
    mmap: Number(mmap!.mmap_size) > 0,
  };
}

/** The settings on the first connection, and on the one that replaces it once it is 10 s old. */
async function pragmas(file: string, sqliteSynchronous?: 'normal' | 'full') {
  const orm = await openOrm({ dialect: 'sqlite', url: path.join(dir, file), sqliteSynchronous });
  try {
    const knex = (orm.em as EntityManager).getKnex();
    const first = await read(knex);
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 11_000);
    try {
      return { first, replaced: await read(knex) };
    } finally {
      vi.restoreAllMocks();
    }
  } finally {
    await orm.close(true);
  }
}

describe('SQLite commits', () => {
  it('use the write-ahead log without waiting for the disk by default', async () => {
    // synchronous: 1 is NORMAL, 2 is FULL.
    const expected = { journal: 'wal', synchronous: 1, foreignKeys: 1, mmap: true };
    expect(await pragmas('default.sqlite')).toEqual({ first: expected, replaced: expected });
  });
  it('wait for the disk on every commit with SQLITE_SYNCHRONOUS=full', async () => {
    const expected = { journal: 'wal', synchronous: 2, foreignKeys: 1, mmap: true };
    expect(await pragmas('full.sqlite', 'full')).toEqual({ first: expected, replaced: expected });
  });
});
