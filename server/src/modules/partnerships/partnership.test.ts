import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildPartner, buildPartnership } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { toGlobalId } from '../../graphql/global-id.js';
import type { District } from '../organizations/index.js';

describe.each(TEST_DIALECTS)('public partnerships on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let prospectId: number;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork();
    district = await buildDistrict(em);
    for (const [name, status] of [
      ['Active Co', 'ACTIVE'],
      ['Paused Co', 'PAUSED'],
      ['Ended Co', 'ENDED'],
      ['Prospect Co', 'PROSPECT'],
    ] as const) {
      const p = await buildPartnership(em, { district, partner: await buildPartner(em, { name }), status });
      if (status === 'PROSPECT') prospectId = p.id;
    }
  });
  afterAll(() => h.close());

  it('never shows prospects to the public, even when asked for them', async () => {
    const result = await h.run<{
      district: {
        all: { nodes: { status: string; partner: { name: string } }[] };
        prospects: { totalCount: number };
      };
    }>(
      `query($slug: String!) { district(slug: $slug) {
        all: partnerships { nodes { status partner { name } } }
        prospects: partnerships(statuses: [PROSPECT]) { totalCount }
      } }`,
      { slug: district.slug },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.district.all.nodes.map((n) => n.partner.name)).toEqual([
      'Active Co',
      'Ended Co',
      'Paused Co',
    ]);
    expect(result.data!.district.prospects.totalCount).toBe(0);
    const node = await h.run<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id } }`, {
      id: toGlobalId('Partnership', prospectId),
    });
    expect(node.data!.node).toBeNull();
  });

  it('lists the district’s active partners in the directory by default', async () => {
    const result = await h.run<{
      district: { partners: { nodes: { name: string }[] }; withPaused: { totalCount: number } };
    }>(
      `query($slug: String!) { district(slug: $slug) { partners { nodes { name } } withPaused: partners(statuses: [ACTIVE, PAUSED]) { totalCount } } }`,
      { slug: district.slug },
    );
    expect(result.data!.district.partners.nodes.map((n) => n.name)).toEqual(['Active Co']);
    expect(result.data!.district.withPaused.totalCount).toBe(2);
  });
});
