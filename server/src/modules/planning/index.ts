import type { Context } from '../../graphql/context.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { can } from '../access/index.js';
import { District } from '../organizations/index.js';
import { Goal } from './goal.entity.js';
import { Objective } from './objective.entity.js';
import { PlanMutations } from './plan.mutations.js';
import { DistrictPlanResolver, GoalResolver, ObjectiveResolver, PlanResolver } from './plan.resolver.js';
import { findPlanRow } from './plan.service.js';
import { planView } from './plan.types.js';

export { Goal } from './goal.entity.js';
export { Objective } from './objective.entity.js';
export { ImplementationPlan } from './plan.entity.js';
export { ObjectiveCondition, ObjectiveListing, ObjectiveStatusChange } from './objective-parts.entity.js';
export { PlanView, planView } from './plan.types.js';
export { findPlanRow } from './plan.service.js';
export { goalsOf } from './plan.read.js';
export { ObjectiveStatus, registerPlanningEnums } from './planning.enums.js';
export { provideAllocationCount } from './objective.removal.js';
export { objectiveRiskCounts, type ObjectiveRiskCounts } from './objective-status-counts.js';

export const planningResolvers = [
  PlanMutations,
  DistrictPlanResolver,
  PlanResolver,
  GoalResolver,
  ObjectiveResolver,
] as const;

const readable = <T extends { district: { id: number } }>(ctx: Context, item: T | null) =>
  item && can(ctx.viewer, 'plan:read', { districtId: item.district.id }) ? item : null;

export const planningNodeLoaders: NodeLoaders = {
  ImplementationPlan: async (ctx, id) =>
    can(ctx.viewer, 'plan:read', { districtId: id }) && (await ctx.em.count(District, { id }))
      ? planView(id, await findPlanRow(ctx.em, id))
      : null,
  Goal: async (ctx, id) => readable(ctx, await ctx.em.findOne(Goal, id)),
  Objective: async (ctx, id) => readable(ctx, await ctx.em.findOne(Objective, id)),
};
export { planOutline, type PlanOutline } from './plan.outline.js';
