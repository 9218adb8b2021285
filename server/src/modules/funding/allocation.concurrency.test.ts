import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict } from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import type { Viewer } from '../access/index.js';
import type { District } from '../organizations/index.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { buildSource } from '../../test-support/factories/funding.js';

const ALLOCATE = `mutation ($input: CreateFundingAllocationInput!) {
  createFundingAllocation(input: $input) { allocation { id } userErrors { field code message } } }`;

interface Result {
  createFundingAllocation: { allocation: { id: string } | null; userErrors: { message: string }[] };
}

describe.each(TEST_DIALECTS)('concurrent allocations on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let staff: Viewer;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    staff = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_STAFF, { district }));
  });
  afterAll(() => h.close());

  async function allocatedInDatabase(sourceId: number): Promise<number> {
    const rows = await h.orm.em
      .fork()
      .getConnection()
      .execute<{ total: string | number }[]>(
        'select coalesce(sum(amount_cents), 0) as total from funding_allocation where source_id = ?',
        [sourceId],
      );
    return Number(rows[0]!.total);
  }

  /** Starts every request at once, each through its own request context and entity manager. */
  async function allocateTogether(amountCents: number, shares: number[]) {
    const em = h.orm.em.fork();
    const source = await buildSource(em, district, { amountCents });
    const objective = await buildObjective(em, await buildGoal(em, district));
    const results = await Promise.all(
      shares.map((share) =>
        h.run<Result>(
          ALLOCATE,
          {
            input: {
              sourceId: toGlobalId('FundingSource', source.id),
              objectiveId: toGlobalId('Objective', objective.id),
              amountCents: share,
              purpose: 'MENTORING',
            },
          },
          { as: staff },
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    return { source, payloads: results.map((r) => r.data!.createFundingAllocation) };
  }

  it('lets exactly one of two allocations that together exceed the source through', async () => {
    // Several rounds, since a race shows only when both requests read the balance before either writes.
    for (let round = 0; round < 8; round++) {
      const { source, payloads } = await allocateTogether(100_00, [60_00, 60_00]);
      expect(payloads.filter((p) => p.allocation).length).toBe(1);
      const refused = payloads.find((p) => !p.allocation)!;
      expect(refused.userErrors.map((e) => e.message)).toEqual([
        'Title I, Part A FY2026 has $40.00 unallocated; this allocation of $60.00 would exceed it by $20.00.',
      ]);
      expect(await allocatedInDatabase(source.id)).toBe(60_00);
    }
  });

  it('never lets many concurrent allocations add up past the amount', async () => {
    const { source, payloads } = await allocateTogether(
      100_00,
      Array.from({ length: 12 }, () => 30_00),
    );
    expect(payloads.filter((p) => p.allocation).length).toBe(3);
    expect(await allocatedInDatabase(source.id)).toBe(90_00);
  });
});
