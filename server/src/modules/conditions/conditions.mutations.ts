import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize } from '../access/index.js';
import { District } from '../organizations/index.js';
import { ConditionEvidence } from './conditions.entities.js';
import {
  AddConditionEvidenceInput,
  PublishReadinessInput,
  RemoveConditionEvidenceInput,
  UpdateConditionEvidenceInput,
  UpdateDistrictConditionInput,
} from './conditions.inputs.js';
import {
  addEvidence,
  removeEvidence,
  setReadinessPublished,
  updateCondition,
  updateEvidence,
} from './conditions.service.js';
import {
  ConditionEvidencePayload,
  ReadinessPayload,
  RemoveConditionEvidencePayload,
  UpdateDistrictConditionPayload,
} from './conditions.types.js';

const subject = (districtId: number) => ({ districtId });

@Resolver()
export class ConditionMutations {
  @Mutation(() => UpdateDistrictConditionPayload, {
    description: "Sets a condition's status and narrative (district admins and staff).",
  })
  async updateDistrictCondition(@Arg('input') input: UpdateDistrictConditionInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'conditions:edit', subject(district.id));
    return updateCondition({ em: ctx.em, audit: ctx, district, input });
  }

  @Mutation(() => ConditionEvidencePayload, {
    description: 'Adds dated evidence to a condition (district admins and staff).',
  })
  async addConditionEvidence(@Arg('input') input: AddConditionEvidenceInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'conditions:edit', subject(district.id));
    return addEvidence({ em: ctx.em, audit: ctx, district, input });
  }

  @Mutation(() => ConditionEvidencePayload, { description: 'Changes evidence (district admins and staff).' })
  async updateConditionEvidence(@Arg('input') input: UpdateConditionEvidenceInput, @Ctx() ctx: Context) {
    const evidence = await loadNode(ctx, ConditionEvidence, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'conditions:edit', subject(evidence.district.id));
    return updateEvidence({ em: ctx.em, audit: ctx, evidence, input });
  }

  @Mutation(() => RemoveConditionEvidencePayload, {
    description: 'Removes evidence (district admins and staff).',
  })
  async removeConditionEvidence(@Arg('input') input: RemoveConditionEvidenceInput, @Ctx() ctx: Context) {
    const evidence = await loadNode(ctx, ConditionEvidence, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'conditions:edit', subject(evidence.district.id));
    return removeEvidence({ em: ctx.em, audit: ctx, evidence, input });
  }

  @Mutation(() => ReadinessPayload, {
    description: "Makes the district's readiness readable by anyone (district admins).",
  })
  async publishReadiness(@Arg('input') input: PublishReadinessInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'conditions:publish', subject(district.id));
    return setReadinessPublished({ em: ctx.em, audit: ctx, district, published: true });
  }

  @Mutation(() => ReadinessPayload, {
    description: "Withdraws the district's readiness from public view (district admins).",
  })
  async unpublishReadiness(@Arg('input') input: PublishReadinessInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'conditions:publish', subject(district.id));
    return setReadinessPublished({ em: ctx.em, audit: ctx, district, published: false });
  }
}
