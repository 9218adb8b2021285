import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, publishListings } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import type { District } from '../organizations/index.js';

const NODE = 'id title deadline skills partner { id name kind } district { id name slug }';

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { title: string; district: { slug: string } } }[];
}

// The district and its page in one statement, and the same answers as when the field reads alone.
describe.each(TEST_DIALECTS)('district(slug) read together with its opportunities on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let empty: District;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork();
    district = await buildDistrict(em);
    empty = await buildDistrict(em);
    const partner = await buildPartner(em, { name: 'Harbor Labs' });
    await publishListings(
      em,
      district,
      Array.from({ length: 7 }, (_, i) => ({
        title: `Listing ${i}`,
        type: i % 2 ? 'MENTORSHIP' : 'PAID_INTERNSHIP',
        partner: i % 3 ? partner : null,
        deadline: `2099-0${i + 1}-01`,
        skills: [`Skill ${i}`],
      })),
    );
  });
  afterAll(() => h.close());

  const pageQuery = (directive: string) => /* GraphQL */ `
    query($slug: String!, $first: Int, $after: String, $filter: OpportunityFilter) {
      district(slug: $slug) {
        id
        name
        slug
        opportunities(first: $first, after: $after, filter: $filter) ${directive} {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { cursor node { ${NODE} } }
        }
      }
    }`;
  const READ_AHEAD = pageQuery('');
  // A directive on the field makes the district read alone and the field read its page by itself.
  const ALONE = pageQuery('@include(if: true)');

  async function both(variables: Record<string, unknown>) {
    const together = await h.runCounted<{ district: { opportunities: Page } | null }>(READ_AHEAD, variables);
    const alone = await h.runCounted<{ district: { opportunities: Page } | null }>(ALONE, variables);
    expect(together.result.errors).toBeUndefined();
    expect(together.result).toEqual(alone.result);
    return { data: together.result.data!, together: together.statements, alone: alone.statements };
  }

  it('answers a page with the district in one statement, as the field reading alone does in two', async () => {
    const first = await both({ slug: district.slug, first: 3, filter: { types: ['PAID_INTERNSHIP'] } });
    expect(first.together).toBe(1);
    expect(first.alone).toBe(2);
    const page = first.data.district!.opportunities;
    expect(page.totalCount).toBe(4);
    expect(page.edges.map((e) => e.node.title)).toEqual(['Listing 0', 'Listing 2', 'Listing 4']);
    expect(page.edges.every((e) => e.node.district.slug === district.slug)).toBe(true);
    const next = await both({ slug: district.slug, first: 3, after: page.pageInfo.endCursor });
    expect(next.data.district!.opportunities.edges.map((e) => e.node.title)).toEqual([
      'Listing 3',
      'Listing 4',
      'Listing 5',
    ]);
  });

  it('keeps the total count on a page past the end', async () => {
    const first = await both({ slug: district.slug, first: 7 });
    const past = await both({
      slug: district.slug,
      first: 7,
      after: first.data.district!.opportunities.pageInfo.endCursor,
    });
    expect(past.data.district!.opportunities).toMatchObject({ totalCount: 7, edges: [] });
  });

  it('answers null for an unknown slug, in one statement', async () => {
    const unknown = await both({ slug: 'no-such-district', first: 3 });
    expect(unknown.data.district).toBeNull();
    expect(unknown.together).toBe(1);
  });

  it('answers the district with an empty page when nothing matches or nothing is published', async () => {
    const none = await both({ slug: district.slug, filter: { query: 'nothing-like-this' } });
    expect(none.data.district).toMatchObject({
      slug: district.slug,
      opportunities: { totalCount: 0, edges: [] },
    });
    const unpublished = await both({ slug: empty.slug });
    expect(unpublished.data.district).toMatchObject({
      name: empty.name,
      opportunities: { totalCount: 0, edges: [] },
    });
  });

  it('refuses bad arguments as the field reading alone does', async () => {
    const variables = { slug: district.slug, after: 'not-a-cursor' };
    const together = await h.run(READ_AHEAD, variables);
    expect(together.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'after' });
    expect(together).toEqual(await h.run(ALONE, variables));
  });

  it('reads each of two aliased pages with its own arguments', async () => {
    const result = await h.run<{ district: { a: { totalCount: number }; b: { totalCount: number } } }>(
      `query($slug: String!) { district(slug: $slug) {
        a: opportunities(filter: { types: [MENTORSHIP] }) { totalCount edges { node { title } } }
        b: opportunities(first: 1) { totalCount edges { node { title } } } } }`,
      { slug: district.slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.district.a.totalCount).toBe(3);
    expect(result.data!.district.b).toEqual({ totalCount: 7, edges: [{ node: { title: 'Listing 0' } }] });
  });
});
