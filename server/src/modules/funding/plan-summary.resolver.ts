import { DistrictCondition } from '@partnerhub/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { District } from '../organizations/index.js';
import { findPlanRow } from '../planning/index.js';
import { fiscalYearsOf, loadFundingFacts, sumBy } from './funding-facts.js';
import { goalReport, programReport } from './funding-report.js';
import { PlanSummary } from './plan-summary.types.js';

const ORDER: string[] = Object.values(DistrictCondition);
const inStandardOrder = (conditions: string[]) =>
  [...conditions].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)) as DistrictCondition[];

/** The public summary of a published plan, or null while it is unpublished. */
async function planSummary(
  ctx: Context,
  districtId: number,
  asked: number | null,
): Promise<PlanSummary | null> {
  const row = await findPlanRow(ctx.em, districtId);
  if (!row?.publishedAt) return null;
  const fiscalYears = await fiscalYearsOf(ctx.em, districtId);
  const fiscalYear = asked ?? fiscalYears[0] ?? null;
  const facts = await loadFundingFacts(ctx.em, districtId, fiscalYear);
  const byObjective = sumBy(facts.sums, 'objectiveId');
  const goals = goalReport(facts).goals;
  const programs = programReport(facts).rows;
  return {
    publishedAt: row.publishedAt,
    fiscalYear,
    fiscalYears,
    goals: goals.map(({ goal, objectives, allocatedCents }) => ({
      title: goal.title,
      description: goal.description ?? null,
      allocatedCents,
      objectives: objectives.map(({ objective }) => ({
        title: objective.title,
        status: objective.status,
        planYear: objective.planYear ?? null,
        dueDate: objective.dueDate ?? null,
        evidenceTier: objective.evidenceTier ?? null,
        conditions: inStandardOrder(facts.conditionsOf.get(objective.id) ?? []),
        allocatedCents: byObjective.get(objective.id)?.cents ?? 0,
      })),
    })),
    fundingByProgram: programs.map((p) => ({
      programName: p.program.name,
      aln: p.program.aln ?? null,
      amountCents: p.amountCents,
      allocatedCents: p.allocatedCents,
    })),
    fundingByGoal: goals.map((g) => ({ goalTitle: g.goal.title, allocatedCents: g.allocatedCents })),
    totalAmountCents: programs.reduce((s, p) => s + p.amountCents, 0),
    totalAllocatedCents: programs.reduce((s, p) => s + p.allocatedCents, 0),
  };
}

@Resolver(() => District)
export class DistrictPlanSummaryResolver {
  @FieldResolver(() => PlanSummary, {
    nullable: true,
    description:
      'The published implementation plan and funding alignment, for anyone. Null until the district publishes its plan; once published it shows the current goals, objectives and allocations (not a frozen copy) until withdrawn. Responsible people and notes are never shown.',
  })
  planSummary(
    @Root() district: District,
    @Arg('fiscalYear', () => Int, {
      nullable: true,
      description: 'The fiscal year of the funding figures; the newest with funding when omitted.',
    })
    fiscalYear: number | null,
    @Ctx() ctx: Context,
  ): Promise<PlanSummary | null> {
    return planSummary(ctx, district.id, fiscalYear ?? null);
  }
}
