import {
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isLeafType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GRAPHQL_LIMITS } from '../../config.js';
import { toGlobalId } from '../../graphql/global-id.js';
import { buildAppSchema } from '../../schema.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, publishListings } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { Opportunity } from './opportunity.entity.js';

/** Every field of a type, nested objects by their type name only, except those refused to the public. */
function leaves(type: GraphQLNamedType, refused: (field: string) => boolean): string {
  if (!isObjectType(type)) return '__typename';
  const parts = Object.values(type.getFields()).map((f) => {
    const named = getNamedType(f.type);
    if (refused(f.name) || f.args.some((a) => a.type.toString().endsWith('!'))) return '';
    return isLeafType(named) ? f.name : `${f.name} { __typename }`;
  });
  return `__typename ${parts.join(' ')}`;
}

/** The selection of one field of Opportunity: a leaf, or an object with all its public fields. */
function selectionOf(opportunity: GraphQLObjectType, field: string, refused: Set<string>): string {
  const named = getNamedType(opportunity.getFields()[field]!.type);
  const inner = () => leaves(named, (sub) => refused.has(`${field}.${sub}`));
  return `__typename ${isLeafType(named) ? field : `${field} { ${inner()} }`}`;
}

describe.each(TEST_DIALECTS)('every field of a listing, asked alone, on %s', (dialect) => {
  let h: GraphqlHarness;
  let paths: Record<string, (selection: string) => string>;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork();
    const district = await buildDistrict(em);
    const partner = await buildPartner(em, { createdByDistrict: district });
    const version = await publishListings(em, district, [
      { title: 'With partner', partner, contactPublishable: true, deadline: '2000-01-01' },
      { title: 'Remote, no partner', locationMode: 'REMOTE', deadline: null, earnsCredit: true },
      { title: 'Hidden contact', partner, contactPublishable: false, skills: ['Welding', 'CAD'] },
    ]);
    const [first] = await h.orm.em
      .fork()
      .find(Opportunity, { version: version.id }, { orderBy: { position: 'asc' } });
    const { id, listingId } = first!;
    const page = 'first: 5, orderBy: TITLE';
    paths = {
      'district.opportunities.nodes': (s) =>
        `district(slug: "${district.slug}") { opportunities(${page}) { nodes { ${s} } } }`,
      'district.opportunities.edges': (s) =>
        `district(slug: "${district.slug}") { opportunities(${page}) { edges { node { ${s} } } } }`,
      'district.opportunity': (s) =>
        `district(slug: "${district.slug}") { opportunity(listingId: "${listingId}") { ${s} } }`,
      opportunity: (s) => `opportunity(id: "${toGlobalId('Opportunity', id)}") { ${s} }`,
      node: (s) => `node(id: "${toGlobalId('Opportunity', id)}") { ... on Opportunity { ${s} } }`,
      'publishedOpportunityList.opportunities': (s) =>
        `district(slug: "${district.slug}") { publishedOpportunityList { opportunities(${page}) { nodes { ${s} } } } }`,
      'partner.opportunities': (s) =>
        `partnerOrganization(slug: "${partner.slug}") { opportunities(${page}) { nodes { ${s} } } }`,
    };
  });
  afterAll(() => h?.close());

  it('answers each field alone exactly as it answers with every field, on every read path', async () => {
    const schema = await buildAppSchema();
    const opportunity = schema.getType('Opportunity') as GraphQLObjectType;
    const fields = Object.keys(opportunity.getFields());
    // Private fields of the nested partner and district are refused to the public: leave them out.
    const refused = new Set<string>();
    const all = () => fields.map((f) => selectionOf(opportunity, f, refused)).join(' ');
    for (let round = 0; round < 20; round++) {
      const { errors } = await h.run(`{ all: ${paths.node!(all())} }`);
      if (!errors) break;
      for (const e of errors) {
        expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(e.extensions?.code);
        refused.add((e.path ?? []).slice(-2).join('.'));
      }
    }
    const wrong: string[] = [];
    for (const [name, path] of Object.entries(paths)) {
      const together = await h.run(`{ all: ${path(all())} }`);
      expect(together.errors, name).toBeUndefined();
      // One alias per field, so the read path sees that field alone.
      for (let i = 0; i < fields.length; i += DEFAULT_GRAPHQL_LIMITS.maxAliases) {
        const chunk = fields.slice(i, i + DEFAULT_GRAPHQL_LIMITS.maxAliases);
        const alone = await h.run(
          `{ ${chunk.map((f) => `${f}: ${path(selectionOf(opportunity, f, refused))}`).join(' ')} }`,
        );
        if (alone.errors) wrong.push(`${name}: ${JSON.stringify(alone.errors)}`);
        for (const field of chunk) {
          const expected = pick(together.data!.all, field);
          const actual = pick((alone.data as Record<string, unknown> | undefined)?.[field], field);
          if (JSON.stringify(actual) !== JSON.stringify(expected))
            wrong.push(
              `${name}.${field}: alone ${JSON.stringify(actual)}, with all ${JSON.stringify(expected)}`,
            );
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

/** The values of `field` in every listing of a result, whatever the path's shape. */
function pick(value: unknown, field: string): unknown {
  if (Array.isArray(value)) return value.map((v) => pick(v, field));
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (o.__typename === 'Opportunity') return o[field];
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, pick(v, field)]));
}
