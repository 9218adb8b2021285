import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { type EntityManager, type Orm, openOrm } from './orm.js';

describe.each(TEST_DIALECTS)('partnership requests migration on %s', (dialect) => {
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

  it('accepts what was agreed and what the district speaks for; prospects of partners with an admin await it', async () => {
    await orm.getMigrator().up({ to: 'Migration20261201230000' });
    const knex = (orm.em as EntityManager).getKnex();
    const now = new Date();
    const stamps = { created_at: now, updated_at: now };
    const id = (rows: unknown[]) => (rows[0] as { id: number }).id;
    const district = id(
      await knex('district')
        .insert({ name: 'D', slug: 'd', state: 'OH', nces_lea_id: '3900001', ...stamps })
        .returning('id'),
    );
    const partner = async (slug: string, createdBy: number | null) =>
      id(
        await knex('partner_organization')
          .insert({ name: slug, slug, kind: 'BUSINESS', created_by_district_id: createdBy, ...stamps })
          .returning('id'),
      );
    const withAdmin = await partner('with-admin', district);
    const managed = await partner('managed', district);
    const stranger = await partner('stranger', null);
    const activeOne = await partner('active-one', null);
    const user = id(
      await knex('app_user')
        .insert({
          email: 'a@example.org',
          name: 'A',
          password_hash: 'x',
          created_at: now,
          password_changed_at: now,
        })
        .returning('id'),
    );
    await knex('membership').insert({
      user_id: user,
      partner_id: withAdmin,
      role: 'PARTNER_ADMIN',
      created_at: now,
    });
    const link = (partnerId: number, status: string) =>
      knex('partnership').insert({
        district_id: district,
        partner_id: partnerId,
        status,
        conditions: '[]',
        ...stamps,
      });
    await link(withAdmin, 'PROSPECT');
    await link(managed, 'PROSPECT');
    await link(stranger, 'PROSPECT');
    await link(activeOne, 'ACTIVE');

    const otherDistrict = id(
      await knex('district')
        .insert({ name: 'E', slug: 'e', state: 'OH', nces_lea_id: '3900002', ...stamps })
        .returning('id'),
    );
    await knex('partnership').insert({
      district_id: otherDistrict,
      partner_id: withAdmin,
      status: 'PROSPECT',
      conditions: '[]',
      ...stamps,
    });
    await orm.getMigrator().up();
    const managers = (await knex('partner_organization')
      .select('slug', 'created_by_district_id')
      .orderBy('slug')) as { slug: string; created_by_district_id: number | null }[];
    expect(managers.map((p) => [p.slug, p.created_by_district_id])).toEqual([
      ['active-one', district],
      ['managed', district],
      ['stranger', district],
      ['with-admin', district],
    ]);
    const rows = (await knex('partnership')
      .join('partner_organization', 'partner_organization.id', 'partnership.partner_id')
      .select('partner_organization.slug', 'partnership.proposed_by', 'partnership.accepted_at')
      .orderBy('partner_organization.slug')) as { slug: string; proposed_by: string; accepted_at: unknown }[];
    expect(rows.map((r) => [r.slug, r.proposed_by, r.accepted_at !== null])).toEqual([
      ['active-one', 'DISTRICT', true],
      ['managed', 'DISTRICT', true],
      // Nobody added it and it has no admin: its only district manages it from now on.
      ['stranger', 'DISTRICT', true],
      ['with-admin', 'DISTRICT', false],
      ['with-admin', 'DISTRICT', false],
    ]);
  });
});
