import { raw } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { buildDistrict } from '../test-support/factories.js';
import { AuditEntry } from '../modules/audit/index.js';
import { District } from '../modules/organizations/index.js';
import { toBoundQuery } from './bound-parameters.js';
import { type EntityManager, type Orm, migrate, openOrm } from './orm.js';

const platform = { quoteIdentifier: (id: string) => `"${id}"`, isRaw: () => false };

describe('toBoundQuery', () => {
  it('replaces every value by a placeholder and quotes identifiers into the text', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    expect(
      toBoundQuery(platform, 'select ?? from t where a = ? and b in (?) and c = ?', [
        'x',
        "O'Brien",
        [1, 2],
        at,
      ]),
    ).toEqual({
      sql: 'select "x" from t where a = ? and b in (?, ?) and c = ?',
      bindings: ["O'Brien", 1, 2, at],
    });
  });

  it('binds JSON as text, splices raw fragments with their own parameters bound, and keeps escaped ?', () => {
    expect(
      toBoundQuery(platform, 'update t set j = ?, n = ? where k \\? ?', [
        { a: '?' },
        raw('lower(?)', ['Ab']),
        'k',
      ]),
    ).toEqual({
      sql: 'update t set j = ?, n = lower(?) where k \\? ?',
      bindings: ['{"a":"?"}', 'Ab', 'k'],
    });
    expect(toBoundQuery(platform, "select '?'", [])).toEqual({ sql: "select '?'", bindings: [] });
  });
});

describe.each(TEST_DIALECTS)('statements on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    orm = await openOrm(db.config);
    await migrate(orm);
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  it('sends values as bindings, never in the SQL text, and reads them back unchanged', async () => {
    const name = `O'Brien \\ ? $1 -- ; "quoted" ${dialect}`;
    const sent: { sql: string; bindings: unknown[] }[] = [];
    const client = (orm.em as EntityManager).getKnex().client as {
      on(event: 'query', fn: (q: { sql: string; bindings?: unknown[] }) => void): void;
      off(event: 'query', fn: (q: { sql: string; bindings?: unknown[] }) => void): void;
    };
    const listen = (q: { sql: string; bindings?: unknown[] }) =>
      sent.push({ sql: q.sql, bindings: q.bindings ?? [] });
    client.on('query', listen);
    try {
      const em = orm.em.fork() as EntityManager;
      const district = await buildDistrict(em, { name, description: 'a\nb' });
      em.create(AuditEntry, {
        actorLabel: name,
        districtId: district.id,
        action: 'district.test',
        targetType: 'District',
        targetId: district.id,
        changes: { name: { from: null, to: name } },
        requestId: 'r',
      });
      await em.flush();
      const fresh = orm.em.fork() as EntityManager;
      const found = await fresh.findOneOrFail(District, { name });
      expect(found.name).toBe(name);
      const entry = await fresh.findOneOrFail(AuditEntry, { actorLabel: name });
      expect(entry.changes).toEqual({ name: { from: null, to: name } });
    } finally {
      client.off('query', listen);
    }
    expect(sent.length).toBeGreaterThan(3);
    for (const { sql } of sent) expect(sql).not.toContain('Brien');
    expect(sent.filter(({ bindings }) => bindings.includes(name)).length).toBeGreaterThanOrEqual(3);
  });

  it('reports a failed statement with its placeholders, not its values', async () => {
    const em = orm.em.fork() as EntityManager;
    const taken = await buildDistrict(em);
    const error = await buildDistrict(orm.em.fork() as EntityManager, {
      slug: taken.slug,
      name: 'secret-looking value',
    }).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain('secret-looking value');
    expect((error as Error).message).toMatch(/insert into/);
  });
});
