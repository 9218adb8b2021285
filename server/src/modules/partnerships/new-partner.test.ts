import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { AuditEntry } from '../audit/index.js';
import type { Viewer } from '../access/index.js';
import { type District, PartnerOrganization } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';

const CREATE = `mutation ($input: CreatePartnerOrganizationInput!) {
  createPartnerOrganization(input: $input) {
    partnerOrganization { id slug name state viewerCanUpdate viewerCanArchive archived }
    partnership { status district { slug } }
    userErrors { field code }
  }
}`;

interface Payload {
  partnerOrganization: { id: string; slug: string; name: string; viewerCanUpdate: boolean } | null;
  partnership: { status: string; district: { slug: string } } | null;
  userErrors: { field: string[] | null; code: string }[];
}

describe.each(TEST_DIALECTS)('createPartnerOrganization on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let staff: Viewer;
  const em = () => h.orm.em.fork() as EntityManager;
  const word = Math.random().toString(36).slice(2, 8);

  async function create(input: Record<string, unknown>) {
    const result = await h.run<{ createPartnerOrganization: Payload }>(
      CREATE,
      { input: { districtId: toGlobalId('District', district.id), kind: 'BUSINESS', ...input } },
      { as: staff },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createPartnerOrganization;
  }

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    district = await buildDistrict(em());
    const m = em();
    staff = await viewerOfUser(m, await buildMember(m, Role.DISTRICT_STAFF, { district }));
  });
  afterAll(() => h.close());

  it('adds the partner with a prospect partnership, kept by the district, audited in one go', async () => {
    const result = await create({ name: `Ãcme & Sons ${word}`, state: 'oh' });
    expect(result.userErrors).toEqual([]);
    expect(result.partnerOrganization).toMatchObject({
      slug: `acme-and-sons-${word}`,
      state: 'OH',
      viewerCanUpdate: true,
      viewerCanArchive: false,
      archived: false,
    });
    expect(result.partnership).toEqual({ status: 'PROSPECT', district: { slug: district.slug } });
    const partner = await em().findOneOrFail(PartnerOrganization, { slug: `acme-and-sons-${word}` });
    expect(partner.createdByDistrict?.id).toBe(district.id);
    const actions = (await em().find(AuditEntry, { partnerId: partner.id }, { orderBy: { id: 'asc' } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['partner.create', 'partnership.create']);
  });

  it('gives a second partner of the same name a slug of its own, without a partnership when asked', async () => {
    const name = `Twin Works ${word}`;
    const first = await create({ name });
    const second = await create({ name, createPartnership: false });
    expect([first.partnerOrganization!.slug, second.partnerOrganization!.slug]).toEqual([
      `twin-works-${word}`,
      `twin-works-${word}-2`,
    ]);
    expect(second.partnership).toBeNull();
    const partner = await em().findOneOrFail(PartnerOrganization, { slug: `twin-works-${word}-2` });
    expect(await em().count(Partnership, { partner })).toBe(0);
  });

  it('reports every problem at once and adds nothing', async () => {
    const before = await em().count(PartnerOrganization);
    const audited = await em().count(AuditEntry);
    const result = await create({
      name: '   ',
      website: 'www example',
      state: 'Ohio',
      postalCode: '4321',
    });
    expect(result.userErrors.map((e) => e.field!.at(-1)).sort()).toEqual([
      'name',
      'postalCode',
      'state',
      'website',
    ]);
    expect(await em().count(PartnerOrganization)).toBe(before);
    expect(await em().count(AuditEntry)).toBe(audited);
  });
});
