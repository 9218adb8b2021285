import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, publishListings } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import type { District } from '../organizations/index.js';

const PAGE = /* GraphQL */ `
  query Page($slug: String!, $first: Int) {
    district(slug: $slug) {
      opportunities(first: $first) {
        totalCount
        edges {
          node {
            id
            title
            summary
            deadline
            isClosed
            cedsCode
            skills
            address {
              city
            }
            contact {
              name
            }
            partner {
              id
              name
              kind
              slug
              website
            }
            district {
              id
              name
              slug
            }
          }
        }
      }
    }
  }
`;

describe.each(TEST_DIALECTS)('SQL statements per page on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork();
    district = await buildDistrict(em);
    const partners = await Promise.all(Array.from({ length: 12 }, () => buildPartner(em)));
    await publishListings(
      em,
      district,
      Array.from({ length: 60 }, (_, i) => ({
        title: `Listing ${i}`,
        partner: i % 5 === 0 ? null : partners[i % 12],
      })),
    );
  });
  afterAll(() => h.close());

  it('answers a page of 50 with partner and district in the same number of statements as a page of 2', async () => {
    const small = await h.runCounted(PAGE, { slug: district.slug, first: 2 });
    const large = await h.runCounted<{
      district: { opportunities: { edges: { node: { partner: unknown; district: { slug: string } } }[] } };
    }>(PAGE, { slug: district.slug, first: 50 });
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    const edges = large.result.data!.district.opportunities.edges;
    expect(edges).toHaveLength(50);
    expect(edges.every((e) => e.node.district.slug === district.slug)).toBe(true);
    expect(edges.filter((e) => e.node.partner === null)).toHaveLength(10);
    // One statement finds the district and reads its page with joins and the total count.
    expect(large.statements).toBe(1);
    expect(large.statements).toBe(small.statements);
  });

  it('reads one opportunity by id with partner and district in one statement', async () => {
    const page = await h.run<{ district: { opportunities: { edges: { node: { id: string } }[] } } }>(PAGE, {
      slug: district.slug,
      first: 1,
    });
    const id = page.data!.district.opportunities.edges[0]!.node.id;
    const one = await h.runCounted(
      `query($id: ID!) { opportunity(id: $id) { id title description partner { id name } district { id name } } }`,
      { id },
    );
    expect(one.result.errors).toBeUndefined();
    expect(one.statements).toBe(1);
  });
});
