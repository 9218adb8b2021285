import { SafeIntResolver } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { can } from '../access/index.js';
import { Goal, Objective, PlanView } from '../planning/index.js';
import { FundingAllocation } from './funding-allocation.entity.js';
import { fiscalYearsOf } from './funding-facts.js';
import { FundingProgram } from './funding-program.entity.js';
import { FundingReport } from './funding-report.types.js';
import { FundingRule } from './funding-rule.entity.js';
import { describeRule } from './funding-rules.js';
import { FundingSource } from './funding-source.entity.js';
import { FundingPurpose } from './funding.enums.js';
import { FundingWarning } from './funding.payloads.js';
import { allocatedCents, rulesOfSource, warningsOfSource } from './funding.read.js';
import {
  allocationsOfGoal,
  allocationsOfObjective,
  allocationsOfSource,
  inYear,
  total,
} from './allocation.read.js';

const fiscalYearArg = { nullable: true, description: 'Only this fiscal year; every year when omitted.' };

@Resolver(() => PlanView)
export class PlanFundingResolver {
  @FieldResolver(() => [FundingSource], { description: 'Funding sources, newest fiscal year first.' })
  fundingSources(
    @Root() plan: PlanView,
    @Arg('fiscalYear', () => Int, fiscalYearArg) fiscalYear: number | null,
    @Ctx() ctx: Context,
  ): Promise<FundingSource[]> {
    const where = fiscalYear == null ? { district: plan.dbId } : { district: plan.dbId, fiscalYear };
    return ctx.em.find(FundingSource, where, { orderBy: { fiscalYear: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => [Int], { description: 'Fiscal years with a funding source, newest first.' })
  fiscalYears(@Root() plan: PlanView, @Ctx() ctx: Context): Promise<number[]> {
    return fiscalYearsOf(ctx.em, plan.dbId);
  }

  @FieldResolver(() => [FundingRule], {
    description: "The default rules of every program and the district's own rules, which replace defaults.",
  })
  fundingRules(@Root() plan: PlanView, @Ctx() ctx: Context): Promise<FundingRule[]> {
    return ctx.em.find(
      FundingRule,
      { $or: [{ district: null }, { district: plan.dbId }] },
      { populate: ['program'], orderBy: { program: { position: 'asc' }, id: 'asc' } },
    );
  }

  @FieldResolver(() => FundingReport, {
    description: 'Reports by source, program, goal, condition and year.',
  })
  fundingReport(
    @Root() plan: PlanView,
    @Arg('fiscalYear', () => Int, fiscalYearArg) fiscalYear: number | null,
  ): FundingReport {
    return { districtId: plan.dbId, fiscalYear: fiscalYear ?? null };
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change funding sources and allocations.' })
  viewerCanUpdateFunding(@Root() plan: PlanView, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'funding:update', { districtId: plan.dbId });
  }

  @FieldResolver(() => Boolean, { description: "Whether you may change the district's funding rules." })
  viewerCanManageFundingRules(@Root() plan: PlanView, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'funding:manageRules', { districtId: plan.dbId });
  }
}

@Resolver(() => FundingSource)
export class FundingSourceResolver {
  @FieldResolver(() => FundingProgram)
  program(@Root() source: FundingSource, @Ctx() ctx: Context): Promise<FundingProgram> {
    return ctx.em.findOneOrFail(FundingProgram, source.program.id);
  }

  @FieldResolver(() => [FundingAllocation])
  allocations(@Root() source: FundingSource, @Ctx() ctx: Context): Promise<FundingAllocation[]> {
    return allocationsOfSource(ctx, source.id);
  }

  @FieldResolver(() => SafeIntResolver)
  allocatedCents(@Root() source: FundingSource, @Ctx() ctx: Context): Promise<number> {
    return allocatedCents(ctx.em, source.id);
  }

  @FieldResolver(() => SafeIntResolver)
  async unallocatedCents(@Root() source: FundingSource, @Ctx() ctx: Context): Promise<number> {
    return source.amountCents - (await allocatedCents(ctx.em, source.id));
  }

  @FieldResolver(() => [FundingRule], {
    description: 'The set-aside and fiscal rules in force for this source.',
  })
  async rules(@Root() source: FundingSource, @Ctx() ctx: Context): Promise<FundingRule[]> {
    return rulesOfSource(ctx.em, source);
  }

  @FieldResolver(() => [FundingWarning], { description: 'Set-asides not met and carryover over its limit.' })
  warnings(@Root() source: FundingSource, @Ctx() ctx: Context): Promise<FundingWarning[]> {
    return warningsOfSource(ctx.em, source);
  }
}

@Resolver(() => FundingAllocation)
export class FundingAllocationResolver {
  @FieldResolver(() => FundingSource)
  source(@Root() allocation: FundingAllocation, @Ctx() ctx: Context): Promise<FundingSource> {
    return ctx.em.findOneOrFail(FundingSource, allocation.source.id);
  }

  @FieldResolver(() => Objective)
  objective(@Root() allocation: FundingAllocation, @Ctx() ctx: Context): Promise<Objective> {
    return ctx.em.findOneOrFail(Objective, allocation.objective.id);
  }
}

@Resolver(() => FundingProgram)
export class FundingProgramResolver {
  @Query(() => [FundingProgram], {
    description: 'Every funding program, with allowable uses and default rules.',
  })
  fundingPrograms(@Ctx() ctx: Context): Promise<FundingProgram[]> {
    return ctx.em.find(FundingProgram, {}, { orderBy: { position: 'asc' } });
  }

  @FieldResolver(() => [FundingPurpose], {
    nullable: true,
    description: 'Purposes the program allows; null when it restricts none.',
  })
  allowedUses(@Root() program: FundingProgram): FundingPurpose[] | null {
    return program.allowedUses ?? null;
  }

  @FieldResolver(() => [FundingRule], { description: 'Default rules, current and historical.' })
  defaultRules(@Root() program: FundingProgram, @Ctx() ctx: Context): Promise<FundingRule[]> {
    return ctx.em.find(FundingRule, { program: program.id, district: null }, { orderBy: { id: 'asc' } });
  }
}

@Resolver(() => FundingRule)
export class FundingRuleResolver {
  @FieldResolver(() => FundingProgram)
  program(@Root() rule: FundingRule, @Ctx() ctx: Context): Promise<FundingProgram> {
    return ctx.em.findOneOrFail(FundingProgram, rule.program.id);
  }

  @FieldResolver(() => Boolean, { description: 'True for a default rule; false for a district rule.' })
  isDefault(@Root() rule: FundingRule): boolean {
    return !rule.district;
  }

  @FieldResolver(() => String, { description: 'One sentence on what the rule asks.' })
  async summary(@Root() rule: FundingRule, @Ctx() ctx: Context): Promise<string> {
    const program = await ctx.em.findOneOrFail(FundingProgram, rule.program.id);
    return describeRule({ ...rule, districtId: rule.district?.id ?? null }, program.name);
  }
}

@Resolver(() => Objective)
export class ObjectiveFundingResolver {
  @FieldResolver(() => [FundingAllocation], { description: 'Money aligned to the objective.' })
  async allocations(
    @Root() objective: Objective,
    @Arg('fiscalYear', () => Int, fiscalYearArg) fiscalYear: number | null,
    @Ctx() ctx: Context,
  ): Promise<FundingAllocation[]> {
    return inYear(await allocationsOfObjective(ctx, objective.id), fiscalYear);
  }

  @FieldResolver(() => SafeIntResolver)
  async allocatedCents(
    @Root() objective: Objective,
    @Arg('fiscalYear', () => Int, fiscalYearArg) fiscalYear: number | null,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return total(inYear(await allocationsOfObjective(ctx, objective.id), fiscalYear));
  }
}

@Resolver(() => Goal)
export class GoalFundingResolver {
  @FieldResolver(() => SafeIntResolver, { description: "Money aligned to the goal's objectives." })
  async allocatedCents(
    @Root() goal: Goal,
    @Arg('fiscalYear', () => Int, fiscalYearArg) fiscalYear: number | null,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return total(inYear(await allocationsOfGoal(ctx, goal.id), fiscalYear));
  }
}
