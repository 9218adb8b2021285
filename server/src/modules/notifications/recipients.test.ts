import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, buildPartnership } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember } from '../../test-support/identity-factories.js';
import { can, partnershipSubject } from '../access/index.js';
import type { District, PartnerOrganization } from '../organizations/index.js';
import type { Partnership } from '../partnerships/index.js';
import { recipientsOf } from './recipients.js';

describe.each(TEST_DIALECTS)('who is told, on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let partner: PartnerOrganization;
  let request: Partnership;
  const email: Record<string, string> = {};
  const em = () => h.orm.em.fork() as EntityManager;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const m = em();
    district = await buildDistrict(m);
    partner = await buildPartner(m);
    // The district asked; the partner has not answered, so the district's record is not its to read.
    request = await buildPartnership(m, { district, partner, status: 'PROSPECT' });
    const member = async (name: string, role: Role, org: Parameters<typeof buildMember>[2]) => {
      email[name] = (await buildMember(m, role, org)).email;
    };
    await member('districtAdmin', Role.DISTRICT_ADMIN, { district });
    await member('districtStaff', Role.DISTRICT_STAFF, { district });
    await member('partnerAdmin', Role.PARTNER_ADMIN, { partner });
    await member('partnerMember', Role.PARTNER_MEMBER, { partner });
    await member('stranger', Role.DISTRICT_ADMIN, { district: await buildDistrict(m) });
  });
  afterAll(() => h.close());

  const names = (found: { email: string }[]) =>
    found.map((r) => Object.keys(email).find((k) => email[k] === r.email)).sort();

  it('asks each member the rule that guards the thing, as the viewer their memberships make them', async () => {
    const readsRecord = (viewer: Parameters<typeof can>[0]) =>
      can(viewer, 'partnership:read', partnershipSubject(request));
    const found = await recipientsOf(em(), {
      audiences: [{ districtId: district.id }, { partnerId: partner.id }],
      mayRead: readsRecord,
    });
    // The partner's people belong to the audience but may not read the district's record yet.
    expect(names(found)).toEqual(['districtAdmin', 'districtStaff']);
  });

  it('keeps to the roles asked for, leaves out the one who acted, and finds named people only where they belong', async () => {
    const everyone = () => true;
    const admins = await recipientsOf(em(), {
      audiences: [{ partnerId: partner.id, roles: [Role.PARTNER_ADMIN] }],
      mayRead: everyone,
    });
    expect(names(admins)).toEqual(['partnerAdmin']);
    const users = await em()
      .getKnex()('app_user')
      .whereIn('email', Object.values(email))
      .select('id', 'email');
    const idOf = (name: string) => Number(users.find((u: { email: string }) => u.email === email[name])!.id);
    const named = await recipientsOf(em(), {
      audiences: [],
      userIds: [idOf('districtStaff'), idOf('stranger'), idOf('districtAdmin')],
      mayRead: (viewer) => can(viewer, 'district:readPrivate', { districtId: district.id }),
      actorUserId: idOf('districtAdmin'),
    });
    expect(names(named)).toEqual(['districtStaff']);
  });
});
