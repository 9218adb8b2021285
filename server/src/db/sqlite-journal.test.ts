import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type EntityManager, openOrm } from './orm.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'partnerhub-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pragmas(file: string, sqliteSynchronous?: 'normal' | 'full') {
  const orm = await openOrm({ dialect: 'sqlite', url: path.join(dir, file), sqliteSynchronous });
  try {
    const knex = (orm.em as EntityManager).getKnex();
    const [journal] = await knex.raw<{ journal_mode: string }[]>('pragma journal_mode');
    const [sync] = await knex.raw<{ synchronous: number }[]>('pragma synchronous');
    return { journal: journal!.journal_mode, synchronous: Number(sync!.synchronous) };
  } finally {
    await orm.close(true);
  }
}

describe('SQLite commits', () => {
  it('use the write-ahead log without waiting for the disk by default', async () => {
    // synchronous: 1 is NORMAL, 2 is FULL.
    expect(await pragmas('default.sqlite')).toEqual({ journal: 'wal', synchronous: 1 });
  });
  it('wait for the disk on every commit with SQLITE_SYNCHRONOUS=full', async () => {
    expect(await pragmas('full.sqlite', 'full')).toEqual({ journal: 'wal', synchronous: 2 });
  });
});
