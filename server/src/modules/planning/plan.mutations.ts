import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, districtSubject } from '../access/index.js';
import { District } from '../organizations/index.js';
import { Goal } from './goal.entity.js';
import { createGoal, deleteGoal, updateGoal } from './goal.service.js';
import { linkObjective } from './objective-links.service.js';
import { Objective } from './objective.entity.js';
import { reorderObjectives } from './objective-order.service.js';
import { createObjective, deleteObjective, updateObjective } from './objective.service.js';
import {
  CreateGoalInput,
  CreateObjectiveInput,
  DeletePlanItemInput,
  LinkObjectiveInput,
  PublishPlanInput,
  ReorderObjectivesInput,
  UpdateGoalInput,
  UpdateObjectiveInput,
} from './plan.inputs.js';
import { DeletePlanItemPayload, GoalPayload, ObjectivePayload, PlanPayload } from './plan.payloads.js';
import { setPlanPublished } from './plan.service.js';

const planSubject = (item: { district: { id: number } }) => ({ districtId: item.district.id });

@Resolver()
export class PlanMutations {
  @Mutation(() => GoalPayload, {
    description: 'Adds a goal to the district plan (district admins and staff).',
  })
  async createGoal(@Arg('input') input: CreateGoalInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'plan:update', districtSubject(district));
    return createGoal({ em: ctx.em, audit: ctx, district, input });
  }

  @Mutation(() => GoalPayload, { description: 'Changes a goal (district admins and staff).' })
  async updateGoal(@Arg('input') input: UpdateGoalInput, @Ctx() ctx: Context) {
    const goal = await loadNode(ctx, Goal, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'plan:update', planSubject(goal));
    return updateGoal({ em: ctx.em, audit: ctx, goal, input });
  }

  @Mutation(() => DeletePlanItemPayload, {
    description:
      'Deletes a goal and its objectives, unless money is allocated to them (district admins and staff).',
  })
  async deleteGoal(@Arg('input') input: DeletePlanItemInput, @Ctx() ctx: Context) {
    const goal = await loadNode(ctx, Goal, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'plan:update', planSubject(goal));
    return deleteGoal({ em: ctx.em, audit: ctx, goal, input });
  }

  @Mutation(() => ObjectivePayload, {
    description: 'Adds an objective to a goal (district admins and staff).',
  })
  async createObjective(@Arg('input') input: CreateObjectiveInput, @Ctx() ctx: Context) {
    const goal = await loadNode(ctx, Goal, input.goalId, { argument: 'input.goalId' });
    authorize(ctx.viewer, 'plan:update', planSubject(goal));
    return createObjective({ em: ctx.em, audit: ctx, goal, input });
  }

  @Mutation(() => ObjectivePayload, {
    description:
      'Changes an objective; a new status goes into its status history (district admins and staff).',
  })
  async updateObjective(@Arg('input') input: UpdateObjectiveInput, @Ctx() ctx: Context) {
    const objective = await loadNode(ctx, Objective, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'plan:update', planSubject(objective));
    return updateObjective({ em: ctx.em, audit: ctx, objective, input });
  }

  @Mutation(() => DeletePlanItemPayload, {
    description: 'Deletes an objective, unless money is allocated to it (district admins and staff).',
  })
  async deleteObjective(@Arg('input') input: DeletePlanItemInput, @Ctx() ctx: Context) {
    const objective = await loadNode(ctx, Objective, input.id, { argument: 'input.id' });
    authorize(ctx.viewer, 'plan:update', planSubject(objective));
    return deleteObjective({ em: ctx.em, audit: ctx, objective, input });
  }

  @Mutation(() => GoalPayload, {
    description: "Puts a goal's objectives in a new order (district admins and staff).",
  })
  async reorderObjectives(@Arg('input') input: ReorderObjectivesInput, @Ctx() ctx: Context) {
    const goal = await loadNode(ctx, Goal, input.goalId, { argument: 'input.goalId' });
    authorize(ctx.viewer, 'plan:update', planSubject(goal));
    return reorderObjectives({ em: ctx.em, audit: ctx, goal, input });
  }

  @Mutation(() => ObjectivePayload, {
    description:
      'Sets the partnerships and published listings an objective relies on (district admins and staff).',
  })
  async linkObjective(@Arg('input') input: LinkObjectiveInput, @Ctx() ctx: Context) {
    const objective = await loadNode(ctx, Objective, input.objectiveId, { argument: 'input.objectiveId' });
    authorize(ctx.viewer, 'plan:update', planSubject(objective));
    return linkObjective({ em: ctx.em, audit: ctx, objective, input });
  }

  @Mutation(() => PlanPayload, {
    description:
      'Publishes the plan: its summary becomes public at `district.planSummary` (district admins).',
  })
  async publishPlan(@Arg('input') input: PublishPlanInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'plan:publish', districtSubject(district));
    return setPlanPublished({ em: ctx.em, audit: ctx, district, published: true });
  }

  @Mutation(() => PlanPayload, { description: 'Withdraws the public plan summary (district admins).' })
  async unpublishPlan(@Arg('input') input: PublishPlanInput, @Ctx() ctx: Context) {
    const district = await loadNode(ctx, District, input.districtId, { argument: 'input.districtId' });
    authorize(ctx.viewer, 'plan:publish', districtSubject(district));
    return setPlanPublished({ em: ctx.em, audit: ctx, district, published: false });
  }
}
