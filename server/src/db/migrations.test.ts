import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Opportunity } from '../modules/opportunities/index.js';
import { PartnerContact, PartnerOrganization } from '../modules/organizations/index.js';
import { Partnership } from '../modules/partnerships/index.js';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { type Orm, openOrm } from './orm.js';
import { seedDemoData } from './seed/seed.js';

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    orm = await openOrm(db.config);
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  it('keep every row when applied one by one to a database holding data', async () => {
    const migrator = orm.getMigrator();
    const [first, ...rest] = (await migrator.getPendingMigrations()).map((m) => m.name);
    await migrator.up({ to: first });
    await seedDemoData(orm.em.fork());
    const em = orm.em.fork();
    const counts = async () => ({
      partners: await em.count(PartnerOrganization),
      contacts: await em.count(PartnerContact),
      partnerships: await em.count(Partnership),
      listingsWithPartner: await em.count(Opportunity, { partner: { $ne: null } }),
    });
    const before = await counts();
    expect(before.contacts).toBeGreaterThan(0);
    for (const name of rest) await migrator.up({ to: name });
    expect(await migrator.getPendingMigrations()).toEqual([]);
    expect(await counts()).toEqual(before);
  });
});
