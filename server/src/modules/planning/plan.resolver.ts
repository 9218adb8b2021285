import { DistrictCondition } from '@partnerhub/shared';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { ForwardPaginationArgs, pageFrom, toConnection } from '../../graphql/relay.js';
import { AuditEntryConnection, listAuditEntries, toAuditEntryType } from '../audit/index.js';
import { authorize, can } from '../access/index.js';
import { District } from '../organizations/index.js';
import { Partnership } from '../partnerships/index.js';
import { Goal } from './goal.entity.js';
import { ObjectiveStatusChange } from './objective-parts.entity.js';
import { Objective } from './objective.entity.js';
import { conditionsOf, goalsOf, listingLinksOf, responsiblePartyOf } from './plan.read.js';
import { findPlanRow } from './plan.service.js';
import { ObjectiveListingLink, PlanView, ResponsibleParty, planView } from './plan.types.js';

@Resolver(() => District)
export class DistrictPlanResolver {
  @FieldResolver(() => PlanView, {
    description:
      "The district's implementation plan, read and write (district members; state reviewers read it).",
  })
  async plan(@Root() district: District, @Ctx() ctx: Context): Promise<PlanView> {
    authorize(ctx.viewer, 'plan:read', { districtId: district.id });
    return planView(district.id, await findPlanRow(ctx.em, district.id));
  }
}

@Resolver(() => PlanView)
export class PlanResolver {
  @FieldResolver(() => District)
  district(@Root() plan: PlanView, @Ctx() ctx: Context): Promise<District> {
    return ctx.em.findOneOrFail(District, plan.dbId);
  }

  @FieldResolver(() => [Goal], { description: 'The goals in plan order.' })
  goals(@Root() plan: PlanView, @Ctx() ctx: Context): Promise<Goal[]> {
    return goalsOf(ctx.em, plan.dbId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change goals and objectives.' })
  viewerCanUpdate(@Root() plan: PlanView, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'plan:update', { districtId: plan.dbId });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may publish or withdraw the plan.' })
  viewerCanPublish(@Root() plan: PlanView, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'plan:publish', { districtId: plan.dbId });
  }
}

@Resolver(() => Goal)
export class GoalResolver {
  @FieldResolver(() => [Objective], { description: 'The objectives in order.' })
  objectives(@Root() goal: Goal): Promise<Objective[]> {
    return goal.objectives.loadItems({ dataloader: true });
  }
}

@Resolver(() => Objective)
export class ObjectiveResolver {
  @FieldResolver(() => Goal)
  goal(@Root() objective: Objective, @Ctx() ctx: Context): Promise<Goal> {
    return ctx.em.findOneOrFail(Goal, objective.goal.id);
  }

  @FieldResolver(() => ResponsibleParty, { nullable: true })
  responsibleParty(@Root() objective: Objective, @Ctx() ctx: Context): Promise<ResponsibleParty | null> {
    return responsiblePartyOf(ctx.em, objective);
  }

  @FieldResolver(() => [DistrictCondition], { description: 'The district conditions it serves.' })
  conditions(@Root() objective: Objective): Promise<DistrictCondition[]> {
    return conditionsOf(objective);
  }

  @FieldResolver(() => [ObjectiveStatusChange], { description: 'Every status it had, newest first.' })
  statusHistory(@Root() objective: Objective): Promise<ObjectiveStatusChange[]> {
    return objective.statusChanges.loadItems({ dataloader: true });
  }

  @FieldResolver(() => [Partnership], { description: 'Partnerships it relies on.' })
  partnerships(@Root() objective: Objective): Promise<Partnership[]> {
    return objective.partnerships.loadItems({ dataloader: true });
  }

  @FieldResolver(() => [ObjectiveListingLink], { description: 'Published listings it relies on.' })
  listings(@Root() objective: Objective, @Ctx() ctx: Context): Promise<ObjectiveListingLink[]> {
    return listingLinksOf(ctx.em, objective);
  }

  @FieldResolver(() => AuditEntryConnection, { description: 'Every change to the objective, newest first.' })
  async history(@Root() objective: Objective, @Args() args: ForwardPaginationArgs, @Ctx() ctx: Context) {
    const page = pageFrom(args);
    const { items, total } = await listAuditEntries(
      ctx.em,
      { target: { type: 'Objective', id: objective.id } },
      page,
    );
    return toConnection(items.map(toAuditEntryType), total, page);
  }
}
