import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from './graphql/global-id.js';
import type { Viewer } from './modules/access/index.js';
import { TEST_DIALECTS } from './test-support/databases.js';
import { buildDistrict } from './test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from './test-support/graphql.js';
import { buildMember, viewerOfUser } from './test-support/identity-factories.js';

type Errors = { userErrors: { field: string[] | null; message: string }[] };

// Planning may not import funding (funding builds on it); this checks the count wiring.ts hands over.
describe.each(TEST_DIALECTS)('an objective with funding allocated to it, on %s', (dialect) => {
  let h: GraphqlHarness;
  let staff: Viewer;
  let districtId: string;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    const district = await buildDistrict(em);
    districtId = toGlobalId('District', district.id);
    staff = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_STAFF, { district }));
  });
  afterAll(() => h.close());

  async function run<T>(query: string, input: Record<string, unknown>): Promise<T> {
    const result = await h.run<Record<string, T>>(query, { input }, { as: staff });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return Object.values(result.data!)[0]!;
  }

  it('stays, with its goal, until its allocations are removed', async () => {
    const { goal } = await run<{ goal: { id: string; version: number } }>(
      `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { goal { id version } userErrors { message } } }`,
      { districtId, title: 'Every student reads by grade 3' },
    );
    const { objective } = await run<{ objective: { id: string; version: number } }>(
      `mutation ($input: CreateObjectiveInput!) { createObjective(input: $input) { objective { id version } userErrors { message } } }`,
      { goalId: goal.id, title: 'Tutoring in every elementary school' },
    );
    const programs = await h.run<{ fundingPrograms: { id: string; code: string }[] }>(
      '{ fundingPrograms { id code } }',
    );
    const program = programs.data!.fundingPrograms.find((p) => p.code === 'TITLE_I_A')!;
    const { source } = await run<{ source: { id: string } }>(
      `mutation ($input: CreateFundingSourceInput!) { createFundingSource(input: $input) { source { id } userErrors { message } } }`,
      { districtId, programId: program.id, fiscalYear: 2026, amountCents: 50_000_00 },
    );
    const { allocation } = await run<{ allocation: { id: string; version: number } }>(
      `mutation ($input: CreateFundingAllocationInput!) { createFundingAllocation(input: $input) { allocation { id version } userErrors { message } } }`,
      {
        sourceId: source.id,
        objectiveId: objective.id,
        amountCents: 10_000_00,
        purpose: 'EXTENDED_LEARNING',
      },
    );
    const DELETE_OBJECTIVE = `mutation ($input: DeletePlanItemInput!) { deleteObjective(input: $input) { deletedId userErrors { field message } } }`;
    const DELETE_GOAL = `mutation ($input: DeletePlanItemInput!) { deleteGoal(input: $input) { deletedId userErrors { field message } } }`;

    const refused = await run<Errors & { deletedId: string | null }>(DELETE_OBJECTIVE, objective);
    expect(refused.deletedId).toBeNull();
    expect(refused.userErrors[0]!.message).toMatch(/Funding is allocated/);
    const goalRefused = await run<Errors & { deletedId: string | null }>(DELETE_GOAL, goal);
    expect(goalRefused.deletedId).toBeNull();
    expect(goalRefused.userErrors[0]!.message).toMatch(
      /Funding is allocated to objectives of this goal \(1 allocation\)/,
    );

    const removed = await run<Errors>(
      `mutation ($input: DeleteFundingItemInput!) { deleteFundingAllocation(input: $input) { userErrors { field message } } }`,
      { id: allocation.id, version: allocation.version },
    );
    expect(removed.userErrors).toEqual([]);
    const deleted = await run<Errors & { deletedId: string | null }>(DELETE_OBJECTIVE, objective);
    expect(deleted).toEqual({ deletedId: objective.id, userErrors: [] });
  });
});
