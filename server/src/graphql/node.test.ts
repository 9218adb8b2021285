import { type GraphQLObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppSchema } from '../schema.js';
import { buildDistrict, buildPartner, publishListings } from '../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../test-support/graphql.js';
import { toGlobalId } from './global-id.js';
import { globalIdOf } from './node.resolver.js';

describe('node and nodes', () => {
  let h: GraphqlHarness;
  beforeAll(async () => {
    h = await createGraphqlHarness('sqlite');
  });
  afterAll(() => h.close());

  it("resolves every node type's id directly, without the per-call wrapper", async () => {
    const schema = await buildAppSchema();
    const nodeTypes = Object.values(schema.getTypeMap()).filter(
      (t): t is GraphQLObjectType => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'),
    );
    expect(nodeTypes.length).toBeGreaterThan(10);
    for (const type of nodeTypes)
      expect([type.name, type.getFields().id?.resolve]).toEqual([type.name, globalIdOf]);
  });

  it('refetches every kind of object by the id the API gave it', async () => {
    const em = h.orm.em.fork();
    const district = await buildDistrict(em);
    const partner = await buildPartner(em);
    await publishListings(em, district, [{ title: 'Refetch me', partner }]);
    const ids = await h.run<{
      district: {
        id: string;
        publishedOpportunityList: { id: string };
        opportunities: { nodes: { id: string; partner: { id: string } }[] };
      };
    }>(
      `query($slug: String!) { district(slug: $slug) { id publishedOpportunityList { id } opportunities { nodes { id partner { id } } } } }`,
      { slug: district.slug },
    );
    const d = ids.data!.district;
    const all = [
      d.id,
      d.publishedOpportunityList.id,
      d.opportunities.nodes[0]!.id,
      d.opportunities.nodes[0]!.partner.id,
    ];
    const result = await h.run<{ nodes: ({ __typename: string; id: string } | null)[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Opportunity { title } } }`,
      { ids: [...all, toGlobalId('District', 999_999), 'garbage'] },
    );
    // An id of ours that names nothing is null; one that is not an id at all is also a mistake.
    expect(result.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 5], 'BAD_USER_INPUT'],
    ]);
    expect(result.data!.nodes.map((n) => n?.__typename ?? null)).toEqual([
      'District',
      'OpportunityListVersion',
      'Opportunity',
      'PartnerOrganization',
      null,
      null,
    ]);
    expect(result.data!.nodes.map((n) => n?.id ?? null).slice(0, 4)).toEqual(all);
  });

  it('caps nodes(ids:) at 100', async () => {
    const result = await h.run(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: Array.from({ length: 101 }, (_, i) => `x${i}`),
    });
    expect(result.errors?.[0]?.message).toMatch(/at most 100/);
  });
});
