import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, publishListings } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import type { District, PartnerOrganization } from '../organizations/index.js';
import { toGlobalId } from '../../graphql/global-id.js';

const SEARCH = /* GraphQL */ `
  query Search(
    $slug: String!
    $filter: OpportunityFilter
    $orderBy: OpportunityOrder
    $first: Int
    $after: String
  ) {
    district(slug: $slug) {
      opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            title
            deadline
            isClosed
            partner {
              id
              name
              kind
            }
          }
        }
      }
    }
  }
`;

interface SearchData {
  district: {
    opportunities: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      edges: {
        node: {
          id: string;
          title: string;
          deadline: string | null;
          isClosed: boolean;
          partner: { name: string } | null;
        };
      }[];
    };
  };
}

describe.each(TEST_DIALECTS)('opportunity search on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let acme: PartnerOrganization;
  let clinic: PartnerOrganization;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork();
    district = await buildDistrict(em);
    acme = await buildPartner(em, { name: 'Acme Robotics', kind: 'BUSINESS' });
    clinic = await buildPartner(em, { name: 'Northside Clinic', kind: 'HEALTHCARE' });
    await publishListings(em, district, [{ title: 'Old list entry', deadline: '2099-01-01' }]);
    await publishListings(em, district, [
      {
        title: 'Robotics Paid Internship',
        type: 'PAID_INTERNSHIP',
        partner: acme,
        compensation: 'PAID',
        gradeMin: 11,
        gradeMax: 12,
        deadline: '2099-03-01',
        skills: ['Soldering'],
      },
      {
        title: 'Clinic Shadow Day',
        type: 'JOB_SHADOWING',
        partner: clinic,
        gradeMin: 9,
        gradeMax: 12,
        deadline: '2000-01-01',
        locationMode: 'REMOTE',
      },
      {
        title: 'Mentor Match',
        type: 'MENTORSHIP',
        partner: acme,
        gradeMin: 6,
        gradeMax: 8,
        deadline: null,
        earnsCredit: true,
      },
      {
        title: 'Stipend 100% Garden',
        type: 'SERVICE_LEARNING',
        compensation: 'STIPEND',
        deadline: '2099-02-01',
        description: 'Grow food_for neighbours',
      },
    ]);
  });
  afterAll(() => h.close());

  async function search(variables: Record<string, unknown>) {
    const result = await h.run<SearchData>(SEARCH, { slug: district.slug, ...variables });
    expect(result.errors).toBeUndefined();
    return result.data!.district.opportunities;
  }
  const titles = (c: SearchData['district']['opportunities']) => c.edges.map((e) => e.node.title);

  it('reads only the newest published version, ordered by deadline with no deadline last', async () => {
    const all = await search({});
    expect(all.totalCount).toBe(4);
    expect(titles(all)).toEqual([
      'Clinic Shadow Day',
      'Stipend 100% Garden',
      'Robotics Paid Internship',
      'Mentor Match',
    ]);
  });

  it('filters by type, grade, location, pay, credit, partner and open deadlines', async () => {
    expect(titles(await search({ filter: { types: ['PAID_INTERNSHIP', 'MENTORSHIP'] } }))).toEqual([
      'Robotics Paid Internship',
      'Mentor Match',
    ]);
    expect(titles(await search({ filter: { grade: 7 } }))).toEqual(['Mentor Match']);
    expect(titles(await search({ filter: { grade: 12, locationModes: ['REMOTE'] } }))).toEqual([
      'Clinic Shadow Day',
    ]);
    expect(titles(await search({ filter: { paid: true } }))).toEqual([
      'Stipend 100% Garden',
      'Robotics Paid Internship',
    ]);
    expect(titles(await search({ filter: { paid: false } }))).toEqual(['Clinic Shadow Day', 'Mentor Match']);
    expect(titles(await search({ filter: { earnsCredit: true } }))).toEqual(['Mentor Match']);
    expect(
      titles(await search({ filter: { partnerId: toGlobalId('PartnerOrganization', acme.id) } })),
    ).toEqual(['Robotics Paid Internship', 'Mentor Match']);
    const open = await search({ filter: { openOnly: true } });
    expect(titles(open)).toEqual(['Stipend 100% Garden', 'Robotics Paid Internship', 'Mentor Match']);
  });

  it('marks listings past their deadline as closed', async () => {
    const all = await search({});
    const closed = all.edges.filter((e) => e.node.isClosed).map((e) => e.node.title);
    expect(closed).toEqual(['Clinic Shadow Day']);
  });

  it('matches every word of the query against text, skills and partner name, case-insensitively', async () => {
    expect(titles(await search({ filter: { query: 'ROBOTICS solder' } }))).toEqual([
      'Robotics Paid Internship',
    ]);
    expect(titles(await search({ filter: { query: 'northside' } }))).toEqual(['Clinic Shadow Day']);
    expect(titles(await search({ filter: { query: 'robotics clinic' } }))).toEqual([]);
  });

  it('treats LIKE wildcards in the query as plain characters', async () => {
    expect(titles(await search({ filter: { query: '100%' } }))).toEqual(['Stipend 100% Garden']);
    expect(titles(await search({ filter: { query: '%' } }))).toEqual(['Stipend 100% Garden']);
    expect(titles(await search({ filter: { query: 'food_for' } }))).toEqual(['Stipend 100% Garden']);
    expect(titles(await search({ filter: { query: 'd_f' } }))).toEqual(['Stipend 100% Garden']);
    expect(titles(await search({ filter: { query: 'o_o' } }))).toEqual([]);
  });

  it('orders by title and by newest', async () => {
    expect(titles(await search({ orderBy: 'TITLE' }))).toEqual([
      'Clinic Shadow Day',
      'Mentor Match',
      'Robotics Paid Internship',
      'Stipend 100% Garden',
    ]);
    expect((await search({ orderBy: 'NEWEST' })).totalCount).toBe(4);
  });

  it('pages with cursors and keeps the total count on every page', async () => {
    const first = await search({ first: 3 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await search({ first: 3, after: first.pageInfo.endCursor });
    expect(second.totalCount).toBe(4);
    expect(titles(second)).toEqual(['Mentor Match']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const past = await search({ first: 3, after: second.pageInfo.endCursor });
    expect(past.edges).toEqual([]);
    expect(past.totalCount).toBe(4);
  });

  it('returns page cursors when a query selects only pageInfo (no rows), so clients can skip ahead', async () => {
    const result = await h.run<{
      district: { opportunities: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    }>(
      `query($slug: String!) { district(slug: $slug) { opportunities(first: 3) { pageInfo { hasNextPage endCursor } } } }`,
      { slug: district.slug },
    );
    const withRows = await search({ first: 3 });
    expect(result.data!.district.opportunities.pageInfo).toEqual({
      hasNextPage: true,
      endCursor: withRows.pageInfo.endCursor,
    });
    const next = await search({ first: 3, after: result.data!.district.opportunities.pageInfo.endCursor });
    expect(titles(next)).toEqual(['Mentor Match']);
  });

  it('rejects bad arguments with BAD_USER_INPUT and a clear message', async () => {
    for (const [variables, pattern] of [
      [{ first: 101 }, /"first" must be between 0 and 100/],
      [{ after: 'nonsense' }, /"after" is not a cursor/],
      [{ filter: { grade: 13 } }, /"filter.grade" must be between 0/],
      [{ filter: { partnerId: toGlobalId('District', 1) } }, /not a partner organization id/],
    ] as const) {
      const result = await h.run(SEARCH, { slug: district.slug, ...variables });
      expect(result.errors?.[0]?.message).toMatch(pattern);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keeps older versions readable and unchanged', async () => {
    const result = await h.run<{
      district: {
        opportunityListVersions: {
          number: number;
          opportunityCount: number;
          opportunities: { nodes: { title: string }[] };
        }[];
      };
    }>(
      `query($slug: String!) { district(slug: $slug) { opportunityListVersions { number opportunityCount opportunities(first: 10) { nodes { title } } } } }`,
      { slug: district.slug },
    );
    expect(result.errors).toBeUndefined();
    const versions = result.data!.district.opportunityListVersions;
    expect(versions.map((v) => v.number)).toEqual([2, 1]);
    expect(versions[1]!.opportunities.nodes.map((n) => n.title)).toEqual(['Old list entry']);
    expect(versions[0]!.opportunityCount).toBe(4);
  });

  it("answers every field of a listing's contact, publishable and version included", async () => {
    const em = h.orm.em.fork();
    const other = await buildDistrict(em);
    await publishListings(em, other, [
      { title: 'Shown contact', contactPublishable: true },
      { title: 'Hidden contact', contactPublishable: false },
    ]);
    const result = await h.run<{
      district: { opportunities: { nodes: { title: string; contact: unknown }[] } };
    }>(
      `query($slug: String!) { district(slug: $slug) { opportunities(orderBy: TITLE) { nodes {
        title contact { name title email phone publishable version } } } } }`,
      { slug: other.slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.district.opportunities.nodes).toEqual([
      { title: 'Hidden contact', contact: null },
      {
        title: 'Shown contact',
        contact: {
          name: 'Pat Contact',
          title: null,
          email: 'pat@example.org',
          phone: null,
          publishable: true,
          version: 0,
        },
      },
    ]);
  });
});
