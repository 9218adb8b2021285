import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  buildDistrict,
  buildPartner,
  buildPartnership,
  publishListings,
} from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import type { Viewer } from '../access/index.js';
import type { District } from './district.entity.js';
import { PartnerOrganization } from './partner-organization.entity.js';

const UPDATE = `mutation ($input: UpdatePartnerOrganizationInput!) {
  updatePartnerOrganization(input: $input) {
    partnerOrganization { name slug city version history { nodes { action changes { field from to } } } }
    userErrors { field code }
  }
}`;

type Errors = { field: string[] | null; code: string }[];

describe.each(TEST_DIALECTS)('partner profiles on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  const as: Record<'admin' | 'member' | 'staff', Viewer> = {} as never;
  const em = () => h.orm.em.fork() as EntityManager;
  const word = `zq${Math.random().toString(36).slice(2, 8)}`;

  /** A partner of the district with its own admin and member. */
  async function partnerWithMembers(name = `Partner ${word}`) {
    const m = em();
    const partner = await buildPartner(m, { name });
    await buildPartnership(m, { district, partner, status: 'ACTIVE' });
    as.admin = await viewerOfUser(m, await buildMember(m, Role.PARTNER_ADMIN, { partner }));
    as.member = await viewerOfUser(m, await buildMember(m, Role.PARTNER_MEMBER, { partner }));
    return partner;
  }

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    district = await buildDistrict(em());
    const m = em();
    as.staff = await viewerOfUser(m, await buildMember(m, Role.DISTRICT_STAFF, { district }));
  });
  afterAll(() => h.close());

  async function update(input: Record<string, unknown>, viewer = as.member) {
    const result = await h.run<{
      updatePartnerOrganization: {
        partnerOrganization: {
          name: string;
          slug: string;
          version: number;
          history: { nodes: { action: string; changes: unknown[] }[] };
        } | null;
        userErrors: Errors;
      };
    }>(UPDATE, { input }, { as: viewer });
    expect(result.errors).toBeUndefined();
    return result.data!.updatePartnerOrganization;
  }

  it('updates the profile, keeping the slug, with a diff in the history; an old version is STALE', async () => {
    const p = await partnerWithMembers();
    const id = toGlobalId('PartnerOrganization', p.id);
    const saved = await update({ id, version: p.version, name: 'Renamed Partner', city: ' Dayton ' });
    expect(saved.userErrors).toEqual([]);
    expect(saved.partnerOrganization).toMatchObject({ name: 'Renamed Partner', slug: p.slug, version: 2 });
    // PostgreSQL stores the changes as jsonb, which does not keep the key order.
    const [entry] = saved.partnerOrganization!.history.nodes;
    expect(entry!.action).toBe('partner.update');
    expect(entry!.changes).toHaveLength(2);
    expect(entry!.changes).toEqual(
      expect.arrayContaining([
        { field: 'name', from: p.name, to: 'Renamed Partner' },
        { field: 'city', from: null, to: 'Dayton' },
      ]),
    );
    const stale = await update({ id, version: p.version, city: 'Akron' });
    expect(stale.userErrors).toEqual([{ field: ['input', 'version'], code: 'STALE' }]);
    expect((await em().findOneOrFail(PartnerOrganization, p.id)).city).toBe('Dayton');
  });

  it('reports every problem and changes nothing', async () => {
    const p = await partnerWithMembers();
    const result = await update({
      id: toGlobalId('PartnerOrganization', p.id),
      version: p.version,
      name: null,
      kind: null,
      website: 'mailto:x@example.org',
      description: 'x'.repeat(5001),
    });
    expect(result.userErrors.map((e) => e.field!.at(-1)).sort()).toEqual([
      'description',
      'kind',
      'name',
      'website',
    ]);
    expect((await em().findOneOrFail(PartnerOrganization, p.id)).version).toBe(p.version);
  });

  it('tells each viewer what they may do: its members decide once it has members', async () => {
    const p = await partnerWithMembers();
    const ask = async (viewer: Viewer) =>
      (
        await h.run<{ partnerOrganization: { viewerCanUpdate: boolean; viewerCanArchive: boolean } }>(
          `query ($slug: String!) { partnerOrganization(slug: $slug) { viewerCanUpdate viewerCanArchive } }`,
          { slug: p.slug },
          { as: viewer },
        )
      ).data!.partnerOrganization;
    expect(await ask(as.admin)).toEqual({ viewerCanUpdate: true, viewerCanArchive: true });
    expect(await ask(as.member)).toEqual({ viewerCanUpdate: true, viewerCanArchive: false });
    expect(await ask(as.staff)).toEqual({ viewerCanUpdate: false, viewerCanArchive: false });
  });

  it('takes an archived partner out of the directory but keeps its profile, history and listings', async () => {
    const p = await partnerWithMembers(`Archivable ${word}`);
    await publishListings(em(), district, [{ title: `Listing of ${word}`, partner: p }]);
    const read = async () =>
      (
        await h.run<{
          partnerOrganizations: { totalCount: number };
          district: {
            partners: { nodes: { slug: string }[] };
            opportunities: { nodes: { partner: { archived: boolean } }[] };
          };
          partnerOrganization: { archived: boolean; history: { nodes: { action: string }[] } };
        }>(
          `query ($query: String!, $district: String!, $slug: String!) {
            partnerOrganizations(query: $query) { totalCount }
            district(slug: $district) {
              partners(query: $query) { nodes { slug } }
              opportunities(filter: { query: $query }) { nodes { partner { archived } } }
            }
            partnerOrganization(slug: $slug) { archived history { nodes { action } } }
          }`,
          { query: `Archivable ${word}`, district: district.slug, slug: p.slug },
          { as: as.admin },
        )
      ).data!;
    const toggle = async (name: string, version: number) =>
      (
        await h.run<Record<string, { userErrors: Errors }>>(
          `mutation ($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { userErrors { field code } } }`,
          { input: { id: toGlobalId('PartnerOrganization', p.id), version } },
          { as: as.admin },
        )
      ).data![name]!.userErrors;

    const before = await read();
    expect(before.partnerOrganizations.totalCount).toBe(1);
    expect(before.district.partners.nodes).toEqual([{ slug: p.slug }]);

    expect(await toggle('archivePartnerOrganization', p.version)).toEqual([]);
    const archived = await read();
    expect(archived.partnerOrganizations.totalCount).toBe(0);
    expect(archived.district.partners.nodes).toEqual([]);
    expect(archived.district.opportunities.nodes).toEqual([{ partner: { archived: true } }]);
    expect(archived.partnerOrganization.archived).toBe(true);
    expect(archived.partnerOrganization.history.nodes).toEqual([{ action: 'partner.archive' }]);

    expect(await toggle('unarchivePartnerOrganization', p.version)).toEqual([
      { field: ['input', 'version'], code: 'STALE' },
    ]);
    expect(await toggle('unarchivePartnerOrganization', p.version + 1)).toEqual([]);
    expect((await read()).partnerOrganizations.totalCount).toBe(1);
  });
});
