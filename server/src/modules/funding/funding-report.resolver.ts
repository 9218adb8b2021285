import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { type FundingFacts, districtRules, loadFundingFacts } from './funding-facts.js';
import {
  conditionReport,
  fiscalYearReport,
  goalReport,
  programReport,
  sourceReport,
  unallocatedReport,
} from './funding-report.js';
import {
  ConditionReport,
  FiscalYearReport,
  FundingReport,
  GoalReport,
  ProgramReport,
  SourceReport,
  UnallocatedReport,
} from './funding-report.types.js';
import { shared } from '../../graphql/request-cache.js';

/** The facts of one report year, loaded once for all the reports a query asks for. */
function factsOf(ctx: Context, report: FundingReport, fiscalYear = report.fiscalYear): Promise<FundingFacts> {
  return shared(ctx, `funding-facts:${report.districtId}:${fiscalYear ?? 'all'}`, () =>
    loadFundingFacts(ctx.em, report.districtId, fiscalYear),
  );
}

@Resolver(() => FundingReport)
export class FundingReportResolver {
  @FieldResolver(() => SourceReport)
  async bySource(@Root() report: FundingReport, @Ctx() ctx: Context): Promise<SourceReport> {
    return sourceReport(await factsOf(ctx, report));
  }

  @FieldResolver(() => ProgramReport)
  async byProgram(@Root() report: FundingReport, @Ctx() ctx: Context): Promise<ProgramReport> {
    return programReport(await factsOf(ctx, report));
  }

  @FieldResolver(() => GoalReport)
  async byGoal(@Root() report: FundingReport, @Ctx() ctx: Context): Promise<GoalReport> {
    return goalReport(await factsOf(ctx, report));
  }

  @FieldResolver(() => ConditionReport)
  async byCondition(@Root() report: FundingReport, @Ctx() ctx: Context): Promise<ConditionReport> {
    return conditionReport(await factsOf(ctx, report));
  }

  @FieldResolver(() => UnallocatedReport)
  async unallocated(@Root() report: FundingReport, @Ctx() ctx: Context): Promise<UnallocatedReport> {
    const [facts, rules] = await Promise.all([
      factsOf(ctx, report),
      districtRules(ctx.em, report.districtId),
    ]);
    return unallocatedReport(facts, rules);
  }

  @FieldResolver(() => FiscalYearReport)
  async byFiscalYear(@Root() report: FundingReport, @Ctx() ctx: Context): Promise<FiscalYearReport> {
    return fiscalYearReport(await factsOf(ctx, report, null));
  }
}
