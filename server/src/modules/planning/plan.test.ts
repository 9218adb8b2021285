import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import {
  buildDistrict,
  buildPartner,
  buildPartnership,
  publishListings,
} from '../../test-support/factories.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import type { Viewer } from '../access/index.js';
import type { District } from '../organizations/index.js';

const GOAL = `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { goal { id version } userErrors { field code message } } }`;
const OBJECTIVE = `mutation ($input: CreateObjectiveInput!) {
  createObjective(input: $input) { objective { id version status conditions } userErrors { field code message } } }`;
const UPDATE = `mutation ($input: UpdateObjectiveInput!) {
  updateObjective(input: $input) { objective { id version status statusHistory { previousStatus status note changedByName } }
    userErrors { field code message } } }`;
const PLAN = `query ($slug: String!) { district(slug: $slug) { plan { id publishedAt viewerCanUpdate viewerCanPublish goals {
  title objectives { title status planYear conditions evidenceTier
    responsibleParty { kind name partner { name } }
    partnerships { id } listings { listingId title inNewestList }
    history(first: 10) { totalCount nodes { action changes { field from to } } } } } } } }`;

interface Data {
  createGoal: {
    goal: { id: string; version: number } | null;
    userErrors: { field: string[]; code: string }[];
  };
  createObjective: {
    objective: { id: string; version: number; status: string; conditions: string[] } | null;
    userErrors: unknown[];
  };
  updateObjective: {
    objective: {
      version: number;
      statusHistory: { previousStatus: string | null; status: string; note: string | null }[];
    } | null;
    userErrors: { field: string[]; code: string }[];
  };
}

describe.each(TEST_DIALECTS)('implementation plan on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let admin: Viewer;
  let staff: Viewer;
  let reviewer: Viewer;
  let outsider: Viewer;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    admin = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_ADMIN, { district }));
    staff = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_STAFF, { district }));
    reviewer = await viewerOfUser(em, await buildMember(em, Role.STATE_REVIEWER, { district }));
    outsider = await viewerOfUser(
      em,
      await buildMember(em, Role.DISTRICT_ADMIN, { district: await buildDistrict(em) }),
    );
  });
  afterAll(() => h.close());

  const run = <T = Data>(q: string, input: Record<string, unknown>, as: Viewer) =>
    h.run<T>(q, { input }, { as }).then((r) => {
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data!;
    });

  async function goalAndObjective(extra: Record<string, unknown> = {}) {
    const { createGoal } = await run(
      GOAL,
      { districtId: toGlobalId('District', district.id), title: 'Every student has a mentor' },
      staff,
    );
    const { createObjective } = await run(
      OBJECTIVE,
      { goalId: createGoal.goal!.id, title: 'Recruit 40 mentors', planYear: 1, ...extra },
      staff,
    );
    return { goal: createGoal.goal!, objective: createObjective.objective! };
  }

  it('builds goals and objectives with a responsible partner, conditions, status history and an audit trail', async () => {
    const em = h.orm.em.fork();
    const partner = await buildPartner(em, { name: 'Mentor Network' });
    await buildPartnership(em, {
      district: await em.findOneOrFail<District>('District', district.id),
      partner,
    });
    const { objective } = await goalAndObjective({
      conditions: ['PARTNERSHIPS', 'STUDENT_SUPPORTS', 'PARTNERSHIPS'],
      evidenceTier: 2,
      startDate: '2026-08-01',
      dueDate: '2027-06-30',
      responsibleParty: { partnerId: toGlobalId('PartnerOrganization', partner.id) },
    });
    expect(objective.status).toBe('NOT_STARTED');
    expect(objective.conditions).toEqual(['STUDENT_SUPPORTS', 'PARTNERSHIPS']);

    const { updateObjective } = await run(
      UPDATE,
      {
        id: objective.id,
        version: objective.version,
        status: 'AT_RISK',
        statusNote: 'Fewer volunteers than planned',
        conditions: ['PARTNERSHIPS'],
      },
      admin,
    );
    expect(updateObjective.userErrors).toEqual([]);
    expect(updateObjective.objective!.statusHistory.map((s) => [s.previousStatus, s.status, s.note])).toEqual(
      [
        ['NOT_STARTED', 'AT_RISK', 'Fewer volunteers than planned'],
        [null, 'NOT_STARTED', null],
      ],
    );

    const stale = await run(
      UPDATE,
      { id: objective.id, version: objective.version, title: 'Too late' },
      admin,
    );
    expect(stale.updateObjective.userErrors.map((e) => e.code)).toEqual(['STALE']);

    const plan = await h.run<{ district: { plan: { goals: { objectives: Record<string, unknown>[] }[] } } }>(
      PLAN,
      { slug: district.slug },
      { as: reviewer },
    );
    const read = plan
      .data!.district.plan.goals.flatMap((g) => g.objectives)
      .find((o) => o.title === 'Recruit 40 mentors' && o.evidenceTier === 2)!;
    expect(read).toMatchObject({
      status: 'AT_RISK',
      conditions: ['PARTNERSHIPS'],
      responsibleParty: { kind: 'PARTNER', name: 'Mentor Network', partner: { name: 'Mentor Network' } },
    });
    const history = read.history as {
      totalCount: number;
      nodes: { action: string; changes: { field: string }[] }[];
    };
    expect(history.nodes.map((n) => n.action)).toEqual(['objective.update', 'objective.create']);
    expect(history.nodes[0]!.changes.map((c) => c.field).sort()).toEqual(['conditions', 'status']);
  });

  it('refuses bad input with every problem at once', async () => {
    const { goal } = await goalAndObjective();
    const result = await run(
      OBJECTIVE,
      {
        goalId: goal.id,
        title: ' ',
        planYear: 6,
        evidenceTier: 0,
        startDate: '2027-01-01',
        dueDate: '2026-01-01',
        responsibleParty: { personName: 'Pat', organizationName: 'Acme' },
      },
      staff,
    );
    expect(result.createObjective.objective).toBeNull();
    expect(
      (result.createObjective.userErrors as { field: string[] }[]).map((e) => e.field.join('.')).sort(),
    ).toEqual([
      'input.dueDate',
      'input.evidenceTier',
      'input.planYear',
      'input.responsibleParty',
      'input.title',
    ]);
  });

  it('links partnerships and listings by their stable listing id, across list versions', async () => {
    const em = h.orm.em.fork();
    const d = (await em.findOneOrFail('District', district.id)) as District;
    const partnership = await buildPartnership(em, { district: d });
    await publishListings(em, d, [
      { title: 'Hospital internship', listingId: 'listing-kept' },
      { title: 'Old one', listingId: 'listing-dropped' },
    ]);
    await publishListings(em, d, [{ title: 'Hospital internship (paid)', listingId: 'listing-kept' }]);
    const { objective } = await goalAndObjective();
    const LINK = `mutation ($input: LinkObjectiveInput!) { linkObjective(input: $input) {
      objective { partnerships { id } listings { listingId title inNewestList } } userErrors { field code message } } }`;
    const bad = await run<{ linkObjective: { userErrors: { field: string[] }[] } }>(
      LINK,
      {
        objectiveId: objective.id,
        listingIds: ['nope'],
        partnershipIds: [toGlobalId('Partnership', 999_999)],
      },
      staff,
    );
    expect(bad.linkObjective.userErrors.map((e) => e.field.join('.')).sort()).toEqual([
      'input.listingIds',
      'input.partnershipIds',
    ]);
    const ok = await run<{
      linkObjective: { objective: { partnerships: { id: string }[]; listings: unknown[] } };
    }>(
      LINK,
      {
        objectiveId: objective.id,
        partnershipIds: [toGlobalId('Partnership', partnership.id)],
        listingIds: ['listing-kept', 'listing-dropped'],
      },
      staff,
    );
    expect(ok.linkObjective.objective.partnerships).toEqual([
      { id: toGlobalId('Partnership', partnership.id) },
    ]);
    expect(ok.linkObjective.objective.listings).toEqual([
      { listingId: 'listing-dropped', title: 'Old one', inNewestList: false },
      { listingId: 'listing-kept', title: 'Hospital internship (paid)', inNewestList: true },
    ]);
  });

  it('deletes a goal with its objectives and their rows', async () => {
    const { goal, objective } = await goalAndObjective({ conditions: ['CURRICULUM'] });
    const DELETE = `mutation ($input: DeletePlanItemInput!) { deleteGoal(input: $input) { deletedId userErrors { code message } } }`;
    const result = await run<{ deleteGoal: { deletedId: string } }>(
      DELETE,
      { id: goal.id, version: goal.version },
      staff,
    );
    expect(result.deleteGoal).toEqual({ deletedId: goal.id, userErrors: [] });
    const conn = h.orm.em.fork().getConnection();
    const id = Number(Buffer.from(objective.id, 'base64url').toString().split(':')[1]);
    for (const table of ['plan_objective', 'plan_objective_condition', 'plan_objective_status_change'])
      expect(
        await conn.execute(
          `select * from ${table} where ${table === 'plan_objective' ? 'id' : 'objective_id'} = ?`,
          [id],
        ),
      ).toEqual([]);
  });

  it("reorders a goal's objectives as a whole, guarded by the goal's version, leaving their own versions alone", async () => {
    const { goal, objective: first } = await goalAndObjective();
    const { createObjective } = await run(OBJECTIVE, { goalId: goal.id, title: 'Place 40 interns' }, staff);
    const second = createObjective.objective!;
    const REORDER = `mutation ($input: ReorderObjectivesInput!) { reorderObjectives(input: $input) {
      goal { version objectives { id version position } } userErrors { field code message } } }`;
    type Reordered = {
      reorderObjectives: {
        goal: { version: number; objectives: { id: string; version: number; position: number }[] } | null;
        userErrors: { field: string[] | null; code: string; message: string }[];
      };
    };
    const reorder = (objectiveIds: string[], version = goal.version, as = staff) =>
      run<Reordered>(REORDER, { goalId: goal.id, version, objectiveIds }, as).then(
        (d) => d.reorderObjectives,
      );

    const moved = await reorder([second.id, first.id]);
    expect(moved.userErrors).toEqual([]);
    expect(moved.goal!.version).toBe(goal.version + 1);
    expect(moved.goal!.objectives).toEqual([
      { id: second.id, version: second.version, position: 0 },
      { id: first.id, version: first.version, position: 1 },
    ]);

    // The same read version again is stale; a partial, repeated or foreign list is refused whole.
    expect((await reorder([first.id, second.id])).userErrors.map((e) => e.code)).toEqual(['STALE']);
    const current = moved.goal!.version;
    const foreign = (await goalAndObjective()).objective.id;
    for (const list of [[first.id], [first.id, first.id], [first.id, foreign], [first.id, second.id, 'x']])
      expect(await reorder(list, current)).toEqual({
        goal: null,
        userErrors: [
          {
            field: ['input', 'objectiveIds'],
            code: 'INVALID',
            message: 'List every objective of the goal exactly once, in the new order.',
          },
        ],
      });
    const log = await h.run<{
      auditLog: { nodes: { changes: { field: string; from: unknown; to: unknown }[] }[] };
    }>(
      `query ($org: ID!) { auditLog(organizationId: $org, action: "goal.reorder") { nodes { changes { field from to } } } }`,
      { org: toGlobalId('District', district.id) },
      { as: admin },
    );
    expect(log.data?.auditLog.nodes).toEqual([
      {
        changes: [
          {
            field: 'objectiveOrder',
            from: ['Recruit 40 mentors', 'Place 40 interns'],
            to: ['Place 40 interns', 'Recruit 40 mentors'],
          },
        ],
      },
    ]);

    const denied = await h.run(
      REORDER,
      { input: { goalId: goal.id, version: current, objectiveIds: [first.id, second.id] } },
      { as: reviewer },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets state reviewers read but not write; other districts and anonymous callers get nothing', async () => {
    const { objective } = await goalAndObjective();
    const denied = await h.run(
      UPDATE,
      { input: { id: objective.id, version: objective.version, title: 'x' } },
      { as: reviewer },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const plan = await h.run(
      `query ($slug: String!) { district(slug: $slug) { plan { viewerCanUpdate viewerCanPublish } } }`,
      { slug: district.slug },
      { as: reviewer },
    );
    expect(plan.data).toEqual({ district: { plan: { viewerCanUpdate: false, viewerCanPublish: false } } });
    const other = await h.run(
      `query ($slug: String!) { district(slug: $slug) { plan { id } } }`,
      { slug: district.slug },
      { as: outsider },
    );
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await h.run(`query ($slug: String!) { district(slug: $slug) { plan { id } } }`, {
      slug: district.slug,
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const NODE = `query ($id: ID!) { node(id: $id) { ... on Objective { title } } }`;
    expect((await h.run(NODE, { id: objective.id }, { as: outsider })).data).toEqual({ node: null });
    expect((await h.run(NODE, { id: objective.id }, { as: reviewer })).data).toEqual({
      node: { title: 'Recruit 40 mentors' },
    });
  });
});
