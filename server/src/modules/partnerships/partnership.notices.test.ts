import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  buildDistrict,
  buildPartner,
  buildPartnership,
  buildVettingRecord,
} from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember } from '../../test-support/identity-factories.js';
import type { User } from '../identity/index.js';
import { Notification } from '../notifications/index.js';
import { notifyExpiringVetting } from './partnership.notices.js';

describe.each(TEST_DIALECTS)('expiry notices on %s', (dialect) => {
  let h: GraphqlHarness;
  const em = () => h.orm.em.fork() as EntityManager;
  const people: Record<string, User> = {};
  let recordId: number;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const m = em();
    const district = await buildDistrict(m);
    const partner = await buildPartner(m);
    const partnership = await buildPartnership(m, { district, partner, status: 'ACTIVE' });
    recordId = (
      await buildVettingRecord(m, { partnership, kind: 'BACKGROUND_CHECK', expiresOn: '2030-05-20' })
    ).id;
    // Expires later than 30 days ahead: not yet.
    await buildVettingRecord(m, { partnership, kind: 'INSURANCE', expiresOn: '2030-07-30' });
    // An ended partnership's vetting concerns nobody.
    const ended = await buildPartnership(m, { district, status: 'ENDED' });
    await buildVettingRecord(m, { partnership: ended, kind: 'AGREEMENT', expiresOn: '2030-05-20' });
    people.districtAdmin = await buildMember(m, Role.DISTRICT_ADMIN, { district });
    people.districtStaff = await buildMember(m, Role.DISTRICT_STAFF, { district });
    people.partnerAdmin = await buildMember(m, Role.PARTNER_ADMIN, { partner });
    people.partnerMember = await buildMember(m, Role.PARTNER_MEMBER, { partner });
    people.otherDistrictAdmin = await buildMember(m, Role.DISTRICT_ADMIN, {
      district: await buildDistrict(m),
    });
    // A partner that only asked the district: it may not read the district's vetting records.
    const prospect = await buildPartner(m);
    await buildPartnership(m, { district, partner: prospect, status: 'PROSPECT', proposedBy: 'PARTNER' });
    people.prospectAdmin = await buildMember(m, Role.PARTNER_ADMIN, { partner: prospect });
  });
  afterAll(() => h.close());

  const told = async () => {
    const rows = await em().find(Notification, { kind: 'VETTING_EXPIRING' }, { orderBy: { id: 'asc' } });
    const names = new Map(Object.entries(people).map(([name, u]) => [u.id, name]));
    return rows.map((n) => [names.get(n.user.id), n.dedupeKey.endsWith(':day') ? 'day' : '30d']);
  };

  it('warns once within 30 days and once on the day, however often the scan runs', async () => {
    expect(await notifyExpiringVetting(em(), new Date('2030-04-01T08:00:00Z'))).toBe(0);
    await notifyExpiringVetting(em(), new Date('2030-04-25T08:00:00Z'));
    await notifyExpiringVetting(em(), new Date('2030-04-25T09:00:00Z'));
    await notifyExpiringVetting(em(), new Date('2030-05-10T08:00:00Z'));
    const warned = [
      ['districtAdmin', '30d'],
      ['districtStaff', '30d'],
      ['partnerAdmin', '30d'],
    ];
    expect(await told()).toEqual(warned);
    await notifyExpiringVetting(em(), new Date('2030-05-20T08:00:00Z'));
    await notifyExpiringVetting(em(), new Date('2030-05-20T20:00:00Z'));
    expect(await told()).toEqual([
      ...warned,
      ['districtAdmin', 'day'],
      ['districtStaff', 'day'],
      ['partnerAdmin', 'day'],
    ]);
    const [first] = await em().find(Notification, { kind: 'VETTING_EXPIRING' }, { orderBy: { id: 'asc' } });
    expect(first!.title).toMatch(/^Background checks for the partnership of .+ expires on 2030-05-20$/);
    expect(first!.dedupeKey).toBe(`expiry:vetting:${recordId}:2030-05-20:30d`);
  });
});
