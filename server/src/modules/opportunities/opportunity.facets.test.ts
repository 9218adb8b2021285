import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, publishListings } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { District, PartnerOrganization } from '../organizations/index.js';

const FACETS = /* GraphQL */ `
  query Facets($slug: String!, $filter: OpportunityFilter) {
    district(slug: $slug) {
      opportunityFacets(filter: $filter) {
        closedCount
        types {
          type
          count
        }
      }
    }
  }
`;

interface Facets {
  closedCount: number;
  types: { type: string; count: number }[];
}

describe.each(TEST_DIALECTS)('search facets on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let partner: PartnerOrganization;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork();
    district = await buildDistrict(em);
    partner = await buildPartner(em);
    // An older version must not count.
    await publishListings(em, district, [{ type: 'JOB_SHADOWING' }]);
    await publishListings(em, district, [
      { type: 'MENTORSHIP' },
      { type: 'MENTORSHIP', deadline: '2000-01-01' },
      { type: 'MENTORSHIP', deadline: null, partner },
      { type: 'SERVICE_LEARNING', deadline: '2000-01-01', partner },
      { type: 'PAID_INTERNSHIP', gradeMin: 11, gradeMax: 12 },
    ]);
  });
  afterAll(() => h.close());

  async function facets(filter: Record<string, unknown> | null) {
    const { result, statements } = await h.runCounted<{ district: { opportunityFacets: Facets } }>(FACETS, {
      slug: district.slug,
      filter,
    });
    expect(result.errors).toBeUndefined();
    const f = result.data!.district.opportunityFacets;
    return {
      statements,
      closed: f.closedCount,
      count: Object.fromEntries(f.types.map((t) => [t.type, t.count])),
    };
  }

  it('counts each type under the rest of the filter, and what openOnly hides, in one statement', async () => {
    const open = await facets({ openOnly: true });
    expect(open.count).toMatchObject({
      MENTORSHIP: 2,
      SERVICE_LEARNING: 0,
      PAID_INTERNSHIP: 1,
      JOB_SHADOWING: 0,
    });
    expect(open.closed).toBe(2);
    // One statement for the district, one for the counts.
    expect(open.statements).toBe(2);

    const all = await facets(null);
    expect(all.count).toMatchObject({ MENTORSHIP: 3, SERVICE_LEARNING: 1, PAID_INTERNSHIP: 1 });
    expect(all.closed).toBe(2);
  });

  it('leaves the chosen types out of the type counts but counts closed listings of those types only', async () => {
    const chosen = await facets({ openOnly: true, types: ['SERVICE_LEARNING'] });
    expect(chosen.count).toMatchObject({ MENTORSHIP: 2, PAID_INTERNSHIP: 1 });
    expect(chosen.closed).toBe(1);
  });

  it('applies the other conditions', async () => {
    const byPartner = await facets({
      openOnly: true,
      partnerId: toGlobalId('PartnerOrganization', partner.id),
    });
    expect(byPartner.count).toMatchObject({ MENTORSHIP: 1, SERVICE_LEARNING: 0, PAID_INTERNSHIP: 0 });
    expect(byPartner.closed).toBe(1);
    const grade9 = await facets({ grade: 9 });
    expect(grade9.count.PAID_INTERNSHIP).toBe(0);
  });
});
