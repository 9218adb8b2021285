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
import { ImplementationPlan } from '../planning/index.js';
import { buildGoal, buildObjective } from '../../test-support/factories/plan.js';
import { buildAllocation, buildSource } from '../../test-support/factories/funding.js';

const REPORT = `query ($slug: String!, $fy: Int) { district(slug: $slug) { plan { fundingReport(fiscalYear: $fy) {
  bySource { rows { source { id } amountCents allocatedCents unallocatedCents allocationCount } totalAmountCents totalAllocatedCents csv }
  byProgram { rows { program { code } sourceCount amountCents allocatedCents } }
  byGoal { goals { goal { id } allocatedCents objectives { objective { id } allocatedCents } } totalAllocatedCents csv }
  byCondition { rows { condition objectiveCount allocatedCents } }
  unallocated { rows { source { id } unallocatedCents carryoverLimitCents overCarryoverLimit } totalUnallocatedCents }
  byFiscalYear { rows { fiscalYear sourceCount amountCents allocatedCents } } } } } }`;
const SUMMARY = `query ($slug: String!, $fy: Int) { district(slug: $slug) { planSummary(fiscalYear: $fy) {
  fiscalYear fiscalYears totalAmountCents totalAllocatedCents
  goals { title allocatedCents objectives { title status allocatedCents conditions } }
  fundingByProgram { programName aln amountCents allocatedCents } fundingByGoal { goalTitle allocatedCents } } } }`;

type Rows = Record<string, number | string>[];
interface Report {
  bySource: {
    rows: {
      source: { id: string };
      amountCents: number;
      allocatedCents: number;
      unallocatedCents: number;
      allocationCount: number;
    }[];
    totalAmountCents: number;
    totalAllocatedCents: number;
    csv: string;
  };
  byProgram: {
    rows: { program: { code: string }; sourceCount: number; amountCents: number; allocatedCents: number }[];
  };
  byGoal: {
    goals: {
      goal: { id: string };
      allocatedCents: number;
      objectives: { objective: { id: string }; allocatedCents: number }[];
    }[];
    totalAllocatedCents: number;
    csv: string;
  };
  byCondition: { rows: { condition: string; objectiveCount: number; allocatedCents: number }[] };
  unallocated: {
    rows: {
      source: { id: string };
      unallocatedCents: number;
      carryoverLimitCents: number | null;
      overCarryoverLimit: boolean;
    }[];
    totalUnallocatedCents: number;
  };
  byFiscalYear: {
    rows: { fiscalYear: number; sourceCount: number; amountCents: number; allocatedCents: number }[];
  };
}
interface Summary {
  fiscalYear: number | null;
  fiscalYears: number[];
  totalAmountCents: number;
  totalAllocatedCents: number;
  goals: { title: string; allocatedCents: number; objectives: Record<string, unknown>[] }[];
  fundingByProgram: {
    programName: string;
    aln: string | null;
    amountCents: number;
    allocatedCents: number;
  }[];
  fundingByGoal: { goalTitle: string; allocatedCents: number }[];
}

describe.each(TEST_DIALECTS)('funding reports on %s', (dialect) => {
  let h: GraphqlHarness;
  let district: District;
  let reviewer: Viewer;
  beforeAll(async () => {
    h = await createGraphqlHarness(dialect);
    const em = h.orm.em.fork() as EntityManager;
    district = await buildDistrict(em);
    reviewer = await viewerOfUser(em, await buildMember(em, Role.STATE_REVIEWER, { district }));
    const g1 = await buildGoal(em, district, 'Partnerships for every learner');
    const g2 = await buildGoal(em, district, 'Educators grow');
    const objectives = [
      await buildObjective(em, g1, { title: 'Mentors', conditions: ['PARTNERSHIPS', 'STUDENT_SUPPORTS'] }),
      await buildObjective(em, g1, { title: 'Credit for internships', conditions: ['CURRICULUM'] }),
      await buildObjective(em, g2, {
        title: 'Coaching',
        conditions: ['PROFESSIONAL_DEVELOPMENT', 'PARTNERSHIPS'],
      }),
      await buildObjective(em, g2, { title: 'Not funded yet', conditions: [] }),
    ];
    const sources = [
      await buildSource(em, district, { code: 'TITLE_I_A', fiscalYear: 2026, amountCents: 1_000_000_00 }),
      await buildSource(em, district, { code: 'TITLE_II_A', fiscalYear: 2026, amountCents: 200_000_00 }),
      await buildSource(em, district, { code: 'LOCAL', fiscalYear: 2026, amountCents: 3_000_000_000_00 }),
      await buildSource(em, district, { code: 'TITLE_I_A', fiscalYear: 2025, amountCents: 900_000_00 }),
    ];
    const amounts = [123_456_78, 50_000_00, 1_00, 77_777_77, 2_999_999_999_99, 10_000_00, 333_33];
    let i = 0;
    for (const [s, o] of [
      [0, 0],
      [0, 1],
      [1, 2],
      [0, 2],
      [2, 0],
      [3, 0],
      [3, 2],
    ] as const)
      await buildAllocation(em, sources[s]!, objectives[o]!, amounts[i++]!);
    // Another district's money must never show up.
    const other = await buildDistrict(em);
    await buildAllocation(
      em,
      await buildSource(em, other, { fiscalYear: 2026 }),
      await buildObjective(em, await buildGoal(em, other), { conditions: ['PARTNERSHIPS'] }),
      5_00,
    );
    em.create(ImplementationPlan, { district, publishedAt: new Date(), publishedByName: 'Test' });
    await em.flush();
  });
  afterAll(() => h.close());

  const sql = async (query: string, params: unknown[]): Promise<Rows> =>
    (await h.orm.em.fork().getConnection().execute<Rows>(query, params)).map((r: Rows[number]) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v]),
      ),
    );
  const id = (type: string, n: unknown) => toGlobalId(type, Number(n));

  async function expected(fy: number | null) {
    const year = fy === null ? '' : ' and s.fiscal_year = ?';
    const p = fy === null ? [district.id] : [district.id, fy];
    const sources = await sql(
      `select s.id, s.amount_cents as amount,
        (select coalesce(sum(a.amount_cents), 0) from funding_allocation a where a.source_id = s.id) as allocated,
        (select count(*) from funding_allocation a where a.source_id = s.id) as n
       from funding_source s where s.district_id = ?${year} order by s.id`,
      p,
    );
    const byObjective = await sql(
      `select a.objective_id as id, sum(a.amount_cents) as cents from funding_allocation a
       join funding_source s on s.id = a.source_id where s.district_id = ?${year} group by a.objective_id order by a.objective_id`,
      p,
    );
    const byGoal = await sql(
      `select o.goal_id as id, sum(a.amount_cents) as cents from funding_allocation a join funding_source s on s.id = a.source_id
       join plan_objective o on o.id = a.objective_id where s.district_id = ?${year} group by o.goal_id order by o.goal_id`,
      p,
    );
    const byCondition = await sql(
      `select c.condition as c, sum(a.amount_cents) as cents from plan_objective_condition c
       join funding_allocation a on a.objective_id = c.objective_id join funding_source s on s.id = a.source_id
       where s.district_id = ?${year} group by c.condition order by c.condition`,
      p,
    );
    const byProgram = await sql(
      `select p.code, sum(s.amount_cents) as amount, count(*) as n,
        sum((select coalesce(sum(a.amount_cents), 0) from funding_allocation a where a.source_id = s.id)) as allocated
       from funding_source s join funding_program p on p.id = s.program_id where s.district_id = ?${year} group by p.code order by p.code`,
      p,
    );
    return { sources, byObjective, byGoal, byCondition, byProgram };
  }

  it.each([2026, null])('equal plain SQL aggregates over the tables (fiscal year %s)', async (fy) => {
    const result = await h.run<{ district: { plan: { fundingReport: Report } } }>(
      REPORT,
      { slug: district.slug, fy },
      { as: reviewer },
    );
    expect(result.errors).toBeUndefined();
    const report = result.data!.district.plan.fundingReport;
    const want = await expected(fy);

    const sourceRows = [...report.bySource.rows].sort((a, b) => a.source.id.localeCompare(b.source.id));
    expect(
      sourceRows
        .map((r) => [r.source.id, r.amountCents, r.allocatedCents, r.unallocatedCents, r.allocationCount])
        .sort(),
    ).toEqual(
      want.sources
        .map((s) => [
          id('FundingSource', s.id),
          s.amount,
          s.allocated,
          Number(s.amount) - Number(s.allocated),
          s.n,
        ])
        .sort(),
    );
    expect(report.bySource.totalAllocatedCents).toBe(
      want.sources.reduce((t, s) => t + Number(s.allocated), 0),
    );

    const objectives = report.byGoal.goals.flatMap((g) => g.objectives).filter((o) => o.allocatedCents > 0);
    expect(objectives.map((o) => [o.objective.id, o.allocatedCents]).sort()).toEqual(
      want.byObjective.map((o) => [id('Objective', o.id), o.cents]).sort(),
    );
    expect(
      report.byGoal.goals
        .filter((g) => g.allocatedCents > 0)
        .map((g) => [g.goal.id, g.allocatedCents])
        .sort(),
    ).toEqual(want.byGoal.map((g) => [id('Goal', g.id), g.cents]).sort());
    expect(
      report.byCondition.rows
        .filter((r) => r.allocatedCents > 0)
        .map((r) => [r.condition, r.allocatedCents])
        .sort(),
    ).toEqual(want.byCondition.map((c) => [c.c, c.cents]).sort());
    expect(
      report.byProgram.rows
        .map((r) => [r.program.code, r.amountCents, r.sourceCount, r.allocatedCents])
        .sort(),
    ).toEqual(want.byProgram.map((r) => [r.code, r.amount, r.n, r.allocated]).sort());
    expect(report.unallocated.totalUnallocatedCents).toBe(
      report.bySource.totalAmountCents - report.bySource.totalAllocatedCents,
    );
  });

  it('reports every fiscal year and the objectives serving each condition', async () => {
    const result = await h.run<{ district: { plan: { fundingReport: Report } } }>(
      REPORT,
      { slug: district.slug, fy: 2026 },
      { as: reviewer },
    );
    const report = result.data!.district.plan.fundingReport;
    const years = await sql(
      `select s.fiscal_year as fy, count(*) as n, sum(s.amount_cents) as amount,
        sum((select coalesce(sum(a.amount_cents), 0) from funding_allocation a where a.source_id = s.id)) as allocated
       from funding_source s where s.district_id = ? group by s.fiscal_year order by s.fiscal_year desc`,
      [district.id],
    );
    expect(report.byFiscalYear.rows).toEqual(
      years.map((y) => ({
        fiscalYear: y.fy,
        sourceCount: y.n,
        amountCents: y.amount,
        allocatedCents: y.allocated,
      })),
    );
    const serving = await sql(
      `select c.condition as c, count(*) as n from plan_objective_condition c join plan_objective o on o.id = c.objective_id
       where o.district_id = ? group by c.condition`,
      [district.id],
    );
    for (const row of report.byCondition.rows)
      expect(row.objectiveCount).toBe(Number(serving.find((s) => s.c === row.condition)?.n ?? 0));
    expect(report.byCondition.rows).toHaveLength(10);
    const titleI = report.unallocated.rows.find((r) => r.carryoverLimitCents !== null);
    expect(titleI).toMatchObject({ carryoverLimitCents: 150_000_00, overCarryoverLimit: true });
  });

  it('give goals, objectives and sources the same sums as the report', async () => {
    const result = await h.run<{
      district: {
        plan: {
          goals: {
            allocatedCents: number;
            objectives: { allocatedCents: number; allocations: { amountCents: number }[] }[];
          }[];
          fundingSources: {
            allocatedCents: number;
            unallocatedCents: number;
            amountCents: number;
            allocations: { amountCents: number }[];
          }[];
          fundingReport: Pick<Report, 'byGoal' | 'bySource'>;
        };
      };
    }>(
      `query ($slug: String!) { district(slug: $slug) { plan {
        goals { allocatedCents(fiscalYear: 2026) objectives { allocatedCents(fiscalYear: 2026) allocations(fiscalYear: 2026) { amountCents } } }
        fundingSources(fiscalYear: 2026) { amountCents allocatedCents unallocatedCents allocations { amountCents } }
        fundingReport(fiscalYear: 2026) {
          byGoal { goals { allocatedCents objectives { allocatedCents } } }
          bySource { rows { allocatedCents } } } } } }`,
      { slug: district.slug },
      { as: reviewer },
    );
    expect(result.errors).toBeUndefined();
    const plan = result.data!.district.plan;
    expect(plan.goals.map((g) => g.allocatedCents)).toEqual(
      plan.fundingReport.byGoal.goals.map((g) => g.allocatedCents),
    );
    expect(plan.goals.flatMap((g) => g.objectives.map((o) => o.allocatedCents))).toEqual(
      plan.fundingReport.byGoal.goals.flatMap((g) => g.objectives.map((o) => o.allocatedCents)),
    );
    for (const o of plan.goals.flatMap((g) => g.objectives))
      expect(o.allocations.reduce((t, a) => t + a.amountCents, 0)).toBe(o.allocatedCents);
    for (const s of plan.fundingSources) {
      expect(s.allocations.reduce((t, a) => t + a.amountCents, 0)).toBe(s.allocatedCents);
      expect(s.unallocatedCents).toBe(s.amountCents - s.allocatedCents);
    }
    expect(plan.fundingSources.map((s) => s.allocatedCents).sort()).toEqual(
      plan.fundingReport.bySource.rows.map((r) => r.allocatedCents).sort(),
    );
  });

  it('exports each report as CSV with exact dollar amounts', async () => {
    const result = await h.run<{ district: { plan: { fundingReport: Report } } }>(
      REPORT,
      { slug: district.slug, fy: 2026 },
      { as: reviewer },
    );
    const report = result.data!.district.plan.fundingReport;
    const lines = report.bySource.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'source,program,aln,fiscal_year,amount_usd,allocated_usd,unallocated_usd,allocations',
    );
    expect(lines).toContain(
      '"Title I, Part A FY2026","Title I, Part A",84.010,2026,1000000.00,251234.55,748765.45,3',
    );
    expect(lines).toContain('Local funds FY2026,Local funds,,2026,3000000000.00,2999999999.99,0.01,1');
    expect(report.byGoal.csv.trimEnd().split('\r\n')).toHaveLength(5);
  });

  it('give the public summary the same figures as SQL, for the newest fiscal year by default', async () => {
    const result = await h.run<{ district: { planSummary: Summary } }>(SUMMARY, {
      slug: district.slug,
      fy: null,
    });
    expect(result.errors).toBeUndefined();
    const summary = result.data!.district.planSummary;
    expect(summary.fiscalYear).toBe(2026);
    expect(summary.fiscalYears).toEqual([2026, 2025]);
    const want = await expected(2026);
    const names: Record<string, string> = {
      TITLE_I_A: 'Title I, Part A',
      TITLE_II_A: 'Title II, Part A',
      LOCAL: 'Local funds',
    };
    expect(
      summary.fundingByProgram.map((p) => [p.programName, p.amountCents, p.allocatedCents]).sort(),
    ).toEqual(want.byProgram.map((p) => [names[p.code as string], p.amount, p.allocated]).sort());
    const goalCents = await sql(
      `select g.title, coalesce(sum(case when s.fiscal_year = ? then a.amount_cents else 0 end), 0) as cents from plan_goal g
       left join plan_objective o on o.goal_id = g.id left join funding_allocation a on a.objective_id = o.id
       left join funding_source s on s.id = a.source_id where g.district_id = ? group by g.id, g.title order by g.id`,
      [2026, district.id],
    );
    expect(summary.fundingByGoal).toEqual(
      goalCents.map((g) => ({ goalTitle: g.title, allocatedCents: g.cents })),
    );
    expect(summary.goals.map((g) => g.allocatedCents)).toEqual(goalCents.map((g) => g.cents));
    expect(summary.totalAllocatedCents).toBe(want.sources.reduce((t, s) => t + Number(s.allocated), 0));
    expect(summary.goals[0]!.objectives[0]).toEqual({
      title: 'Mentors',
      status: 'ON_TRACK',
      allocatedCents: 123_456_78 + 2_999_999_999_99,
      conditions: ['STUDENT_SUPPORTS', 'PARTNERSHIPS'],
    });
  });
});
