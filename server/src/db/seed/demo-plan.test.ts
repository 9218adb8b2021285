import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FundingAllocation, FundingSource } from '../../modules/funding/index.js';
import { Goal, Objective } from '../../modules/planning/index.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { DEMO_DISTRICTS } from './demo-organizations.js';
import { seedDemoData } from './seed.js';

describe.each(TEST_DIALECTS)('demo plan on %s', (dialect) => {
  let h: GraphqlHarness;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
  });
  afterAll(() => h.close());

  it('gives the first demo district a published, funded plan once, and changes nothing when run again', async () => {
    await seedDemoData(h.orm.em.fork());
    const em = h.orm.em.fork();
    const counts = async () => [
      await em.count(Goal),
      await em.count(Objective),
      await em.count(FundingSource),
      await em.count(FundingAllocation),
    ];
    const before = await counts();
    expect(before[0]).toBeGreaterThanOrEqual(2);
    expect(before[3]).toBeGreaterThan(0);
    await seedDemoData(h.orm.em.fork());
    expect(await counts()).toEqual(before);

    const summary = await h.run<{
      district: {
        planSummary: {
          goals: { objectives: unknown[] }[];
          fundingByProgram: { programName: string; allocatedCents: number }[];
        };
      };
    }>(
      `query ($slug: String!) { district(slug: $slug) { planSummary { goals { objectives { title } } fundingByProgram { programName allocatedCents } } } }`,
      {
        slug: DEMO_DISTRICTS[0]!.slug,
      },
    );
    expect(summary.errors).toBeUndefined();
    expect(summary.data!.district.planSummary.fundingByProgram.map((p) => p.programName)).toEqual([
      'Title I, Part A',
      'Title II, Part A',
    ]);
    expect(summary.data!.district.planSummary.fundingByProgram.every((p) => p.allocatedCents > 0)).toBe(true);
  });
});
