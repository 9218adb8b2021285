import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { buildAllocation, buildSource } from '../../test-support/factories/funding.js';

describe.each(TEST_DIALECTS)('allocations read with their source warnings on %s', (dialect) => {
  let h: GraphqlHarness;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
  });
  afterAll(() => h?.close());

  it('returns whole allocations (version, note) after the warnings read them in the same request', async () => {
    const em = h.orm.em.fork() as EntityManager;
    const district = await buildDistrict(em);
    const admin = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_ADMIN, { district }));
    const source = await buildSource(em, district);
    await buildAllocation(em, source, await buildObjective(em, await buildGoal(em, district)), 10_000_00);
    const result = await h.run<{
      district: {
        plan: {
          fundingSources: { warnings: unknown[]; allocations: { version: number; amountCents: number }[] }[];
        };
      };
    }>(
      `query ($slug: String!) { district(slug: $slug) { plan { fundingSources(fiscalYear: 2026) {
        warnings { code } allocations { version amountCents } } } } }`,
      { slug: district.slug },
      { as: admin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.district.plan.fundingSources[0]!.allocations).toEqual([
      { version: 1, amountCents: 10_000_00 },
    ]);
  });
});
