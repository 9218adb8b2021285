import type { EntityManager } from '@mikro-orm/knex';
import { Role } from '@partnerhub/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../graphql/global-id.js';
import { TEST_DIALECTS } from '../../test-support/databases.js';
import { buildDistrict, buildStateAgency } from '../../test-support/factories.js';
import { buildAllocation, buildSource } from '../../test-support/factories/funding.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { type GraphqlHarness, createGraphqlHarness } from '../../test-support/graphql.js';
import { buildMember, viewerOfUser } from '../../test-support/identity-factories.js';
import type { Viewer } from '../access/index.js';
import type { District, StateAgency } from '../organizations/index.js';
import { provideFlexibilitySummaries, provideOpenCommentCounts } from './index.js';

const OVERVIEW = `query ($id: ID!, $filter: DistrictOverviewFilter, $first: Int) { node(id: $id) { ... on StateAgency {
  viewerCanReadOverview
  districtOverview(filter: $filter, first: $first) { totalCount pageInfo { hasNextPage } nodes {
    name slug stage firstSchoolYear nextDeadline { label date } openCommentCount
    objectivesAtRisk objectivesOffTrack fundingAmountCents fundingAllocatedCents fundingUnallocatedShare } }
  districtOverviewCsv(filter: $filter) } } }`;
const PUBLIC = `query ($state: String!) { stateAgency(state: $state) { name
  districts(first: 10) { totalCount nodes { name slug stage } } } }`;

interface Row {
  name: string;
  slug: string;
  stage: string | null;
  firstSchoolYear: number | null;
  nextDeadline: { label: string; date: string } | null;
  openCommentCount: number | null;
  objectivesAtRisk: number;
  objectivesOffTrack: number;
  fundingAmountCents: number;
  fundingAllocatedCents: number;
  fundingUnallocatedShare: number | null;
}
interface Overview {
  node: {
    viewerCanReadOverview: boolean;
    districtOverview: { totalCount: number; pageInfo: { hasNextPage: boolean }; nodes: Row[] };
    districtOverviewCsv: string;
  } | null;
}

describe.each(TEST_DIALECTS)('state district overview on %s', (dialect) => {
  let h: GraphqlHarness;
  let agency: StateAgency;
  let ridge: District;
  let valley: District;
  let formula: District;
  let admin: Viewer;
  let reviewer: Viewer;
  let otherAdmin: Viewer;
  let districtAdmin: Viewer;

  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    agency = await buildStateAgency(em, { state: 'OH' });
    const georgia = await buildStateAgency(em, { state: 'GA' });
    ridge = await buildDistrict(em, { name: 'Maple Ridge Schools' });
    valley = await buildDistrict(em, { name: 'Cedar Valley Local' });
    formula = await buildDistrict(em, { name: '=HYPERLINK("x") Local' });
    const elsewhere = await buildDistrict(em, { name: 'Peach County', state: 'GA', ncesLeaId: '1300001' });
    admin = await viewerOfUser(em, await buildMember(em, Role.STATE_ADMIN, { stateAgency: agency }));
    reviewer = await viewerOfUser(em, await buildMember(em, Role.STATE_REVIEWER, { stateAgency: agency }));
    otherAdmin = await viewerOfUser(em, await buildMember(em, Role.STATE_ADMIN, { stateAgency: georgia }));
    districtAdmin = await viewerOfUser(em, await buildMember(em, Role.DISTRICT_ADMIN, { district: ridge }));

    const goal = await buildGoal(em, ridge);
    const risky = await buildObjective(em, goal, { status: 'AT_RISK' });
    await buildObjective(em, goal, { status: 'AT_RISK' });
    await buildObjective(em, goal, { status: 'OFF_TRACK' });
    await buildObjective(em, goal, { status: 'ON_TRACK' });
    const source = await buildSource(em, ridge, {
      code: 'TITLE_I_A',
      fiscalYear: 2026,
      amountCents: 400_000_00,
    });
    await buildSource(em, ridge, { code: 'LOCAL', fiscalYear: 2027, amountCents: 100_000_00 });
    await buildAllocation(em, source, risky, 125_000_00);
    // Another state's district and its objectives never count.
    await buildObjective(em, await buildGoal(em, elsewhere), { status: 'OFF_TRACK' });

    provideFlexibilitySummaries(async (_em, ids) => {
      const summaries = new Map();
      if (ids.includes(ridge.id))
        summaries.set(ridge.id, {
          stage: 'PLAN_SUBMITTED',
          firstSchoolYear: 2027,
          nextDeadline: { label: 'State decision on the plan', date: '2028-08-31' },
        });
      if (ids.includes(valley.id))
        summaries.set(valley.id, { stage: 'DRAFT', firstSchoolYear: 2028, nextDeadline: null });
      return summaries;
    });
    provideOpenCommentCounts(
      async (_em, ids) => new Map(ids.filter((id) => id === ridge.id).map((id) => [id, 3])),
    );
  });
  afterAll(() => h.close());

  const overview = (as: Viewer, filter?: object, first?: number) =>
    h.run<Overview>(OVERVIEW, { id: toGlobalId('StateAgency', agency.id), filter, first }, { as });

  it('shows every district of the state with its stage, comments, objectives and funding', async () => {
    const result = await overview(reviewer);
    expect(result.errors).toBeUndefined();
    const { nodes, totalCount } = result.data!.node!.districtOverview;
    expect(totalCount).toBe(3);
    expect(nodes.map((n) => n.name)).toEqual([
      '=HYPERLINK("x") Local',
      'Cedar Valley Local',
      'Maple Ridge Schools',
    ]);
    expect(nodes[2]).toEqual({
      name: 'Maple Ridge Schools',
      slug: ridge.slug,
      stage: 'PLAN_SUBMITTED',
      firstSchoolYear: 2027,
      nextDeadline: { label: 'State decision on the plan', date: '2028-08-31' },
      openCommentCount: 3,
      objectivesAtRisk: 2,
      objectivesOffTrack: 1,
      fundingAmountCents: 500_000_00,
      fundingAllocatedCents: 125_000_00,
      fundingUnallocatedShare: 0.75,
    });
    expect(nodes[1]).toMatchObject({ stage: 'DRAFT', openCommentCount: 0, objectivesAtRisk: 0 });
    expect(nodes[1]!.fundingUnallocatedShare).toBeNull();
  });

  it('filters by stage, objectives at risk and name, and pages', async () => {
    const names = async (filter: object) =>
      (await overview(admin, filter)).data!.node!.districtOverview.nodes.map((n) => n.name);
    expect(await names({ stages: ['PLAN_SUBMITTED', 'DRAFT'] })).toEqual([
      'Cedar Valley Local',
      'Maple Ridge Schools',
    ]);
    expect(await names({ stages: ['NONE'] })).toEqual(['=HYPERLINK("x") Local']);
    expect(await names({ hasObjectivesAtRisk: true })).toEqual(['Maple Ridge Schools']);
    expect(await names({ hasObjectivesAtRisk: false })).toHaveLength(2);
    expect(await names({ search: '  valley  cedar ' })).toEqual(['Cedar Valley Local']);
    const paged = (await overview(admin, undefined, 2)).data!.node!.districtOverview;
    expect(paged.nodes).toHaveLength(2);
    expect(paged.pageInfo.hasNextPage).toBe(true);
    const long = await overview(admin, { search: 'x'.repeat(201) });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the same rows as CSV with formula-like names kept as text', async () => {
    const csv = (await overview(admin, { search: 'local' })).data!.node!.districtOverviewCsv;
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'district,slug,stage,first_school_year,next_deadline,next_deadline_date,open_comments,objectives_at_risk,objectives_off_track,funding_usd,allocated_usd,unallocated_share',
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"") Local",${formula.slug},,,,,0,0,0,0.00,0.00,`);
    const all = (await overview(admin)).data!.node!.districtOverviewCsv;
    expect(all).toContain(
      `Maple Ridge Schools,${ridge.slug},PLAN_SUBMITTED,2027,State decision on the plan,2028-08-31,3,2,1,500000.00,125000.00,0.7500`,
    );
  });

  it("refuses another state's staff, the district's own admin and the public", async () => {
    for (const as of [otherAdmin, districtAdmin]) {
      const result = await overview(as);
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await h.run<Overview>(OVERVIEW, { id: toGlobalId('StateAgency', agency.id) });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const can = await h.run<Overview>(
      `query ($id: ID!) { node(id: $id) { ... on StateAgency { viewerCanReadOverview } } }`,
      { id: toGlobalId('StateAgency', agency.id) },
      { as: otherAdmin },
    );
    expect(can.data!.node!.viewerCanReadOverview).toBe(false);
  });

  it('lists the districts publicly with their stage, a draft shown as none', async () => {
    const result = await h.run<{
      stateAgency: {
        name: string;
        districts: { totalCount: number; nodes: { name: string; stage: string | null }[] };
      };
    }>(PUBLIC, { state: 'oh' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.stateAgency.districts.totalCount).toBe(3);
    expect(result.data!.stateAgency.districts.nodes.map((n) => [n.name, n.stage])).toEqual([
      ['=HYPERLINK("x") Local', null],
      ['Cedar Valley Local', null],
      ['Maple Ridge Schools', 'PLAN_SUBMITTED'],
    ]);
    const unknown = await h.run<{ stateAgency: null }>(PUBLIC, { state: 'ZZ' });
    expect(unknown.data!.stateAgency).toBeNull();
  });
});
