import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS, type TestDatabase, createTestDatabase } from '../test-support/databases.js';
import { type EntityManager, type Orm, openOrm } from './orm.js';

describe.each(TEST_DIALECTS)('technical-assistance provider kind migration on %s', (dialect) => {
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

  it('accepts the new kind and keeps every partner and every row that refers to one', async () => {
    await orm.getMigrator().up({ to: 'Migration20261202173000' });
    const knex = (orm.em as EntityManager).getKnex();
    const now = new Date();
    const stamps = { created_at: now, updated_at: now };
    const id = (rows: unknown[]) => (rows[0] as { id: number }).id;
    const district = id(
      await knex('district')
        .insert({ name: 'D', slug: 'd', state: 'OH', nces_lea_id: '3900001', ...stamps })
        .returning('id'),
    );
    const partner = id(
      await knex('partner_organization')
        .insert({ name: 'P', slug: 'p', kind: 'NONPROFIT', created_by_district_id: district, ...stamps })
        .returning('id'),
    );
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
      partner_id: partner,
      role: 'PARTNER_ADMIN',
      created_at: now,
    });
    await knex('partner_contact').insert({ partner_id: partner, name: 'C', publishable: true });
    await knex('partnership').insert({
      district_id: district,
      partner_id: partner,
      status: 'ACTIVE',
      conditions: '[]',
      accepted_at: now,
      ...stamps,
    });
    const count = async (table: string) =>
      Number((await knex(table).count<{ n: number | string }[]>({ n: '*' }))[0]!.n);
    const counts = async () => ({
      partners: await count('partner_organization'),
      memberships: await count('membership'),
      contacts: await count('partner_contact'),
      partnerships: await count('partnership'),
    });
    const before = await counts();
    expect(before).toEqual({ partners: 1, memberships: 1, contacts: 1, partnerships: 1 });
    await expect(
      knex('partner_organization').insert({
        name: 'T0',
        slug: 't0',
        kind: 'TECHNICAL_ASSISTANCE',
        ...stamps,
      }),
    ).rejects.toThrow();

    await orm.getMigrator().up();
    expect(await counts()).toEqual(before);
    await knex('partner_organization').where({ id: partner }).update({ kind: 'TECHNICAL_ASSISTANCE' });
    await knex('partner_organization').insert({
      name: 'T',
      slug: 't',
      kind: 'TECHNICAL_ASSISTANCE',
      ...stamps,
    });
    await expect(
      knex('partner_organization').insert({ name: 'X', slug: 'x', kind: 'NOT_A_KIND', ...stamps }),
    ).rejects.toThrow();
    // Deleting a partner still reaches the rows that refer to it.
    await knex('partner_organization').where({ id: partner }).delete();
    expect(await counts()).toEqual({ partners: 1, memberships: 0, contacts: 0, partnerships: 0 });
    if (dialect === 'sqlite') {
      const [check] = await knex.raw('pragma integrity_check');
      expect(check).toMatchObject({ integrity_check: 'ok' });
    }
  });
});
