import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, buildPartnership } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { ANONYMOUS, type Viewer } from '../access/index.js';
import type { District, PartnerOrganization } from '../organizations/index.js';
import { Partnership } from './partnership.entity.js';

describe.each(TEST_DIALECTS)('who sees which partnership on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let partner: PartnerOrganization;
  let prospect: Partnership;
  let active: Partnership;
  const as: Record<'public' | 'districtAdmin' | 'staff' | 'partnerMember' | 'otherDistrict', Viewer> = {
    public: ANONYMOUS,
  } as never;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    partner = await buildPartner(em, { name: 'Aardvark Prospect Co' });
    prospect = await buildPartnership(em, { district, partner, status: 'PROSPECT' });
    active = await buildPartnership(em, { district, status: 'ACTIVE' });
    await em.nativeUpdate(Partnership, { id: active.id }, { notes: 'Renew in spring.' });
    const member = async (role: Role, org: { district?: District; partner?: PartnerOrganization }) =>
      viewerOfUser(em, await buildMember(em, role, org));
    as.districtAdmin = await member(Role.DISTRICT_ADMIN, { district });
    as.staff = await member(Role.DISTRICT_STAFF, { district });
    as.otherDistrict = await member(Role.DISTRICT_ADMIN, { district: await buildDistrict(em) });
    // A member of the prospect's partner who also works for the active partnership's partner.
    const user = await buildMember(em, Role.PARTNER_MEMBER, { partner });
    await buildMember(em, Role.PARTNER_MEMBER, { partner: active.partner }, user);
    as.partnerMember = await viewerOfUser(em, user);
  });
  afterAll(() => h.close());

  async function lists(viewer: Viewer) {
    const result = await h.run<{
      district: {
        partnerships: { nodes: { status: string }[] };
        prospects: { totalCount: number };
        prospectPartners: { totalCount: number };
      };
      partnerOrganization: { partnerships: { totalCount: number } };
      node: { id: string } | null;
    }>(
      `query ($slug: String!, $partner: String!, $id: ID!) {
        district(slug: $slug) {
          partnerships { nodes { status } }
          prospects: partnerships(statuses: [PROSPECT]) { totalCount }
          prospectPartners: partners(statuses: [PROSPECT]) { totalCount }
        }
        partnerOrganization(slug: $partner) { partnerships { totalCount } }
        node(id: $id) { id }
      }`,
      { slug: district.slug, partner: partner.slug, id: toGlobalId('Partnership', prospect.id) },
      { as: viewer },
    );
    expect(result.errors).toBeUndefined();
    const d = result.data!;
    return {
      statuses: d.district.partnerships.nodes.map((n) => n.status).sort(),
      prospects: d.district.prospects.totalCount + d.district.prospectPartners.totalCount,
      ofPartner: d.partnerOrganization.partnerships.totalCount,
      node: d.node !== null,
    };
  }

  it('shows prospects to the district in every list and by id', async () => {
    const seen = { statuses: ['ACTIVE', 'PROSPECT'], prospects: 2, ofPartner: 1, node: true };
    expect(await lists(as.staff)).toEqual(seen);
    expect(await lists(as.districtAdmin)).toEqual(seen);
  });

  it('hides prospects from the public and from other districts', async () => {
    const hidden = { statuses: ['ACTIVE'], prospects: 0, ofPartner: 0, node: false };
    expect(await lists(as.public)).toEqual(hidden);
    expect(await lists(as.otherDistrict)).toEqual(hidden);
  });

  it("shows the partner a request made to it, but none of the district's private details before it accepts", async () => {
    const seen = { statuses: ['ACTIVE', 'PROSPECT'], prospects: 2, ofPartner: 1, node: true };
    expect(await lists(as.partnerMember)).toEqual(seen);
    const result = await h.run<{ node: { requestState: string; notes: string | null } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Partnership { requestState viewerCanReadPrivate notes } } }`,
      { id: toGlobalId('Partnership', prospect.id) },
      { as: as.partnerMember },
    );
    expect(result.errors!.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['node.notes', 'FORBIDDEN'],
    ]);
    expect(result.data!.node).toMatchObject({
      requestState: 'AWAITING_PARTNER',
      viewerCanReadPrivate: false,
    });
  });

  async function privateRead(viewer: Viewer) {
    return h.run<{ node: { notes: string | null; version: number; viewerCanUpdate: boolean } | null }>(
      `query ($id: ID!) { node(id: $id) { ... on Partnership { notes version viewerCanUpdate } } }`,
      { id: toGlobalId('Partnership', active.id) },
      { as: viewer },
    );
  }

  it('serves private fields to both organizations and says who may update', async () => {
    const staff = await privateRead(as.staff);
    expect(staff.errors).toBeUndefined();
    const stored = await h.orm.em.fork().findOneOrFail(Partnership, active.id);
    expect(staff.data!.node).toEqual({
      notes: 'Renew in spring.',
      version: stored.version,
      viewerCanUpdate: true,
    });
    const partnerSide = await privateRead(as.partnerMember);
    expect(partnerSide.errors).toBeUndefined();
    expect(partnerSide.data!.node).toMatchObject({ notes: 'Renew in spring.', viewerCanUpdate: false });
  });

  it('refuses private fields to the public and to other organizations, keeping public fields working', async () => {
    const anonymous = await privateRead(as.public);
    expect(anonymous.errors!.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
    const other = await privateRead(as.otherDistrict);
    expect(other.errors!.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    const open = await h.run<{ node: { status: string; viewerCanUpdate: boolean } }>(
      `query ($id: ID!) { node(id: $id) { ... on Partnership { status viewerCanUpdate } } }`,
      { id: toGlobalId('Partnership', active.id) },
    );
    expect(open.errors).toBeUndefined();
    expect(open.data!.node).toEqual({ status: 'ACTIVE', viewerCanUpdate: false });
  });

  it('tells the client what the viewer may do with the district', async () => {
    const ask = async (viewer: Viewer) =>
      (
        await h.run<{ district: { viewerCanUpdate: boolean; viewerCanCreatePartner: boolean } }>(
          `query ($slug: String!) { district(slug: $slug) { viewerCanUpdate viewerCanCreatePartner } }`,
          { slug: district.slug },
          { as: viewer },
        )
      ).data!.district;
    expect(await ask(as.districtAdmin)).toEqual({ viewerCanUpdate: true, viewerCanCreatePartner: true });
    expect(await ask(as.staff)).toEqual({ viewerCanUpdate: false, viewerCanCreatePartner: true });
    expect(await ask(as.partnerMember)).toEqual({ viewerCanUpdate: false, viewerCanCreatePartner: false });
    expect(await ask(as.public)).toEqual({ viewerCanUpdate: false, viewerCanCreatePartner: false });
  });
});
