import { ErrorCode } from '@partnerhub/shared';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PublicError } from '../../graphql/errors.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, districtSubject, isSignedIn } from '../access/index.js';
import { District } from '../organizations/index.js';
import { Objective } from '../planning/index.js';
import { createAllocation, deleteAllocation, updateAllocation } from './allocation.service.js';
import { FundingAllocation } from './funding-allocation.entity.js';
import { FundingProgram } from './funding-program.entity.js';
import { FundingRule } from './funding-rule.entity.js';
import { createFundingRule, deleteFundingRule, updateFundingRule } from './funding-rule.service.js';
import { FundingSource } from './funding-source.entity.js';
import { createFundingSource, deleteFundingSource, updateFundingSource } from './funding-source.service.js';
import {
  CreateFundingAllocationInput,
  CreateFundingRuleInput,
  CreateFundingSourceInput,
  DeleteFundingItemInput,
  UpdateFundingAllocationInput,
  UpdateFundingRuleInput,
  UpdateFundingSourceInput,
} from './funding.inputs.js';
import {
  DeleteFundingItemPayload,
  FundingAllocationPayload,
  FundingRulePayload,
  FundingSourcePayload,
} from './funding.payloads.js';

const subjectOf = (item: { district: { id: number } }) => ({ districtId: item.district.id });

/** A district rule, asserting the viewer may manage the district's rules; defaults are not editable here. */
async function districtRule(ctx: Context, id: string): Promise<FundingRule> {
  const rule = await loadNode(ctx, FundingRule, id, { argument: 'input.id' });
  if (!rule.district) {
    if (!isSignedIn(ctx.viewer)) throw new PublicError(ErrorCode.UNAUTHENTICATED, 'Sign in first.');
    throw new PublicError(
      ErrorCode.FORBIDDEN,
      'Default rules apply to every district; add a district rule with the same program, kind and purpose to replace it.',
    );
  }
  authorize(ctx.viewer, 'funding:manageRules', { districtId: rule.district.id });
  return rule;
}

@Resolver()
export class FundingMutations {
  @Mutation(() => FundingSourcePayload, {
    description: 'Records money from a program for a fiscal year (district admins and staff).',
  })
  async createFundingSource(@Arg('input') input: CreateFundingSourceInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'funding:update', districtSubject(district));
    const program = await loadNode(ctx, FundingProgram, input.programId, { argument: 'input.programId' });
    return createFundingSource({ em: ctx.em, audit: ctx, district, program, input });
  }

  @Mutation(() => FundingSourcePayload, {
    description:
      'Changes a funding source; its amount never goes below what is allocated (district admins and staff).',
  })
  async updateFundingSource(@Arg('input') input: UpdateFundingSourceInput, @Ctx() ctx: Context) {
    const source = await loadNode(ctx, FundingSource, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'funding:update', subjectOf(source));
    return updateFundingSource({ em: ctx.em, audit: ctx, source, input });
  }

  @Mutation(() => DeleteFundingItemPayload, {
    description: 'Deletes a funding source without allocations (district admins and staff).',
  })
  async deleteFundingSource(@Arg('input') input: DeleteFundingItemInput, @Ctx() ctx: Context) {
    const source = await loadNode(ctx, FundingSource, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'funding:update', subjectOf(source));
    return deleteFundingSource({ em: ctx.em, audit: ctx, source, input });
  }

  @Mutation(() => FundingAllocationPayload, {
    description:
      "Aligns part of a source to an objective; refused when it would exceed the source's unallocated balance (district admins and staff).",
  })
  async createFundingAllocation(@Arg('input') input: CreateFundingAllocationInput, @Ctx() ctx: Context) {
    const source = await loadNode(ctx, FundingSource, input.sourceId, { argument: 'input.sourceId' });
    authorize(ctx.viewer, 'funding:update', subjectOf(source));
    const objective = await loadNode(ctx, Objective, input.objectiveId, { argument: 'input.objectiveId' });
    return createAllocation({ em: ctx.em, audit: ctx, source, objective, input });
  }

  @Mutation(() => FundingAllocationPayload, {
    description: 'Changes an allocation (district admins and staff).',
  })
  async updateFundingAllocation(@Arg('input') input: UpdateFundingAllocationInput, @Ctx() ctx: Context) {
    const allocation = await loadNode(ctx, FundingAllocation, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'funding:update', subjectOf(allocation));
    const objective = input.objectiveId
      ? await loadNode(ctx, Objective, input.objectiveId, { argument: 'input.objectiveId' })
      : null;
    return updateAllocation({ em: ctx.em, audit: ctx, allocation, objective, input });
  }

  @Mutation(() => DeleteFundingItemPayload, {
    description: 'Removes an allocation (district admins and staff).',
  })
  async deleteFundingAllocation(@Arg('input') input: DeleteFundingItemInput, @Ctx() ctx: Context) {
    const allocation = await loadNode(ctx, FundingAllocation, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'funding:update', subjectOf(allocation));
    return deleteAllocation({ em: ctx.em, audit: ctx, allocation, input });
  }

  @Mutation(() => FundingRulePayload, {
    description: 'Adds a set-aside or fiscal rule for the district (district admins).',
  })
  async createFundingRule(@Arg('input') input: CreateFundingRuleInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'funding:manageRules', districtSubject(district));
    const program = await loadNode(ctx, FundingProgram, input.programId, { argument: 'input.programId' });
    return createFundingRule({ em: ctx.em, audit: ctx, district, program, input });
  }

  @Mutation(() => FundingRulePayload, {
    description: "Changes one of the district's rules (district admins).",
  })
  async updateFundingRule(@Arg('input') input: UpdateFundingRuleInput, @Ctx() ctx: Context) {
    const rule = await districtRule(ctx, input.id);
    return updateFundingRule({ em: ctx.em, audit: ctx, rule, input });
  }

  @Mutation(() => DeleteFundingItemPayload, {
    description:
      "Deletes one of the district's rules; the defaults it replaced apply again (district admins).",
  })
  async deleteFundingRule(@Arg('input') input: DeleteFundingItemInput, @Ctx() ctx: Context) {
    const rule = await districtRule(ctx, input.id);
    return deleteFundingRule({ em: ctx.em, audit: ctx, rule, input });
  }
}
