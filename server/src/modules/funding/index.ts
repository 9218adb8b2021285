import type { Context } from '../../graphql/context.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { can } from '../access/index.js';
import { FundingAllocation } from './funding-allocation.entity.js';
import { FundingProgram } from './funding-program.entity.js';
import { FundingReportResolver } from './funding-report.resolver.js';
import { FundingRule } from './funding-rule.entity.js';
import { FundingSource } from './funding-source.entity.js';
import { FundingMutations } from './funding.mutations.js';
import {
  FundingAllocationResolver,
  FundingProgramResolver,
  FundingRuleResolver,
  FundingSourceResolver,
  GoalFundingResolver,
  ObjectiveFundingResolver,
  PlanFundingResolver,
} from './funding.resolver.js';
import { DistrictPlanSummaryResolver } from './plan-summary.resolver.js';

export { FundingProgram } from './funding-program.entity.js';
export { FundingSource } from './funding-source.entity.js';
export { FundingAllocation } from './funding-allocation.entity.js';
export { FundingRule } from './funding-rule.entity.js';
export { FundingPurpose, FundingRuleKind, registerFundingEnums } from './funding.enums.js';
export { countAllocationsOfObjectives } from './allocation-count.js';
export { fundingTotals, type FundingTotals } from './funding-totals.js';
export { toCsv } from './csv.js';
export { centsToDecimal } from './money.js';

export const fundingResolvers = [
  FundingMutations,
  PlanFundingResolver,
  FundingSourceResolver,
  FundingAllocationResolver,
  FundingProgramResolver,
  FundingRuleResolver,
  ObjectiveFundingResolver,
  GoalFundingResolver,
  FundingReportResolver,
  DistrictPlanSummaryResolver,
] as const;

const readable = <T extends { district?: { id: number } | null }>(ctx: Context, item: T | null) =>
  item && (!item.district || can(ctx.viewer, 'plan:read', { districtId: item.district.id })) ? item : null;

export const fundingNodeLoaders: NodeLoaders = {
  FundingProgram: (ctx, id) => ctx.em.findOne(FundingProgram, id),
  FundingRule: async (ctx, id) => readable(ctx, await ctx.em.findOne(FundingRule, id)),
  FundingSource: async (ctx, id) => readable(ctx, await ctx.em.findOne(FundingSource, id)),
  FundingAllocation: async (ctx, id) => readable(ctx, await ctx.em.findOne(FundingAllocation, id)),
};
export { fundingByGoal, type FundingByGoal } from './funding-by-goal.js';
