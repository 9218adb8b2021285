import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { type EntityManager, type Orm, openOrm } from './orm.js';

/** Rows in the shape of the first schema, written with plain SQL so later entity changes cannot break it. */
async function insertFirstSchemaRows(orm: Orm): Promise<void> {
  const knex = (orm.em as EntityManager).getKnex();
  const now = new Date();
  const [district] = await knex('district')
    .insert({ name: 'D', slug: 'd', state: 'OH', nces_lea_id: '3900001', created_at: now, updated_at: now })
    .returning('id');
  const [partner] = await knex('partner_organization')
    .insert({ name: 'P', slug: 'p', kind: 'BUSINESS', created_at: now, updated_at: now })
    .returning('id');
  const districtId = (district as { id: number }).id;
  const partnerId = (partner as { id: number }).id;
  await knex('partner_contact').insert([
    { partner_id: partnerId, name: 'A', publishable: true },
    { partner_id: partnerId, name: 'B', publishable: false },
  ]);
  await knex('partnership').insert({
    district_id: districtId,
    partner_id: partnerId,
    status: 'ACTIVE',
    conditions: '[]',
    created_at: now,
    updated_at: now,
  });
  const [version] = await knex('opportunity_list_version')
    .insert({
      district_id: districtId,
      number: 1,
      published_at: now,
      published_by_name: 'X',
      opportunity_count: 1,
    })
    .returning('id');
  await knex('opportunity').insert({
    version_id: (version as { id: number }).id,
    district_id: districtId,
    partner_id: partnerId,
    listing_id: 'l1',
    position: 0,
    title: 'T',
    summary: 'S',
    description: 'D',
    type: 'MENTORSHIP',
    location_mode: 'REMOTE',
    grade_min: 9,
    grade_max: 12,
    compensation: 'UNPAID',
    skills: '[]',
    first_published_at: now,
    search_text: 't',
  });
}

describe.each(TEST_DIALECTS)('migrations on %s', (dialect) => {
  let db: TestDatabase;
  let orm: Orm;
  beforeAll(async () => {
    db = await createTestDatabase(dialect, { empty: true });
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
    await insertFirstSchemaRows(orm);
    const knex = (orm.em as EntityManager).getKnex();
    const count = async (table: string, where: Record<string, unknown> = {}) =>
      Number((await knex(table).where(where).count<{ n: number | string }[]>({ n: '*' }))[0]!.n);
    const counts = async () => ({
      partners: await count('partner_organization'),
      contacts: await count('partner_contact'),
      partnerships: await count('partnership'),
      listingsWithPartner: Number(
        (await knex('opportunity').whereNotNull('partner_id').count<{ n: number }[]>({ n: '*' }))[0]!.n,
      ),
    });
    const before = await counts();
    expect(before).toEqual({ partners: 1, contacts: 2, partnerships: 1, listingsWithPartner: 1 });
    for (const name of rest) await migrator.up({ to: name });
    expect(await migrator.getPendingMigrations()).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('keeps the reviewers districts invited, and lets state agencies hold state roles', async () => {
    const scratch = await createTestDatabase(dialect, { empty: true });
    const own = await openOrm(scratch.config);
    try {
      const migrator = own.getMigrator();
      await migrator.up({ to: 'Migration20261202100000' });
      const knex = (own.em as EntityManager).getKnex();
      const now = new Date();
      const [district] = await knex('district')
        .insert({
          name: 'D',
          slug: 'd',
          state: 'OH',
          nces_lea_id: '3900001',
          created_at: now,
          updated_at: now,
        })
        .returning('id');
      const user = async (email: string) => {
        const [row] = await knex('app_user')
          .insert({ email, name: email, password_hash: 'x', created_at: now, password_changed_at: now })
          .returning<{ id: number }[]>('id');
        return row!.id;
      };
      const reviewer = await user('reviewer@example.org');
      const districtId = (district as { id: number }).id;
      await knex('membership').insert({
        user_id: reviewer,
        role: 'STATE_REVIEWER',
        district_id: districtId,
        created_at: now,
      });
      await migrator.up();
      const kept = await knex('membership')
        .where({ user_id: reviewer })
        .select('role', 'district_id', 'state_agency_id');
      expect(
        kept.map((m: Record<string, unknown>) => ({ ...m, district_id: Number(m.district_id) })),
      ).toEqual([{ role: 'STATE_REVIEWER', district_id: districtId, state_agency_id: null }]);
      const [agency] = await knex('state_agency')
        .insert({ name: 'Ohio', state: 'OH', created_at: now, updated_at: now })
        .returning('id');
      await knex('membership').insert({
        user_id: await user('admin@example.org'),
        role: 'STATE_ADMIN',
        state_agency_id: (agency as { id: number }).id,
        created_at: now,
      });
      await expect(
        knex('state_agency').insert({ name: 'Ohio again', state: 'OH', created_at: now, updated_at: now }),
      ).rejects.toThrow();
    } finally {
      await own.close(true);
      await scratch.drop();
    }
  });
});
