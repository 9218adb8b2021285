import type { EntityManager } from '@mikro-orm/knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openOrm, type Orm } from '../../db/orm.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../../test-support/databases.js';
import { AuditEntry } from './audit-entry.entity.js';
import { listAuditEntries } from './audit.read.js';

describe.each(TEST_DIALECTS)('audit log filters on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    orm = await openOrm(db.config);
    await migrate(orm);
    const em = orm.em.fork() as EntityManager;
    for (const action of [
      'partner_contact.update',
      'partnerXcontact.update',
      'partnership.update',
      'goal.create',
    ])
      em.create(AuditEntry, {
        actorLabel: 'A',
        districtId: 1,
        action,
        targetType: 'X',
        targetId: 1,
        requestId: 'r',
      });
    await em.flush();
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  const actions = async (action: string) =>
    (
      await listAuditEntries(
        orm.em.fork() as EntityManager,
        { districtId: 1, action },
        { limit: 10, offset: 0 },
      )
    ).items
      .map((e) => e.action)
      .sort();

  it('reads a prefix as text: "_" and "%" match only themselves', async () => {
    expect(await actions('partner_contact.')).toEqual(['partner_contact.update']);
    expect(await actions('partner%')).toEqual([]);
    expect(await actions('%.')).toEqual([]);
    expect(await actions('partnership.')).toEqual(['partnership.update']);
    expect(await actions('goal.create')).toEqual(['goal.create']);
  });
});
