import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { authorize, can } from '../access/index.js';
import { District } from '../organizations/index.js';
import { ConditionEvidence } from './conditions.entities.js';
import {
  conditionsOf,
  evidenceOf,
  objectivesServing,
  summaryOf,
  visibleReadiness,
} from './conditions.read.js';
import {
  ConditionEditor,
  ConditionObjective,
  ConditionView,
  ReadinessSummary,
  ReadinessView,
} from './conditions.types.js';

@Resolver(() => District)
export class DistrictReadinessResolver {
  @FieldResolver(() => ReadinessView, {
    nullable: true,
    description:
      "Where the district stands on the ten District Conditions for Scale (district members and the state's staff; anyone once published). Null when you may not read it.",
  })
  readiness(@Root() district: District, @Ctx() ctx: Context): Promise<ReadinessView | null> {
    return visibleReadiness(ctx, district.id);
  }
}

@Resolver(() => ReadinessView)
export class ReadinessResolver {
  @FieldResolver(() => District)
  district(@Root() readiness: ReadinessView, @Ctx() ctx: Context): Promise<District> {
    return ctx.em.findOneOrFail(District, readiness.dbId);
  }

  @FieldResolver(() => [ConditionView], { description: 'The ten conditions, in the order of the framework.' })
  conditions(@Root() readiness: ReadinessView, @Ctx() ctx: Context): Promise<ConditionView[]> {
    return conditionsOf(ctx, readiness.dbId);
  }

  @FieldResolver(() => ReadinessSummary)
  async summary(@Root() readiness: ReadinessView, @Ctx() ctx: Context): Promise<ReadinessSummary> {
    return summaryOf(await conditionsOf(ctx, readiness.dbId));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change statuses, narratives and evidence.' })
  viewerCanEdit(@Root() readiness: ReadinessView, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'conditions:edit', { districtId: readiness.dbId });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may publish or withdraw it.' })
  viewerCanPublish(@Root() readiness: ReadinessView, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'conditions:publish', { districtId: readiness.dbId });
  }
}

@Resolver(() => ConditionView)
export class ConditionResolver {
  @FieldResolver(() => ConditionEditor, {
    nullable: true,
    description:
      "Who last changed it (district members and the state's staff); null before the first change.",
  })
  updatedBy(@Root() condition: ConditionView, @Ctx() ctx: Context): ConditionEditor | null {
    authorize(ctx.viewer, 'conditions:read', { districtId: condition.districtId });
    return condition.updatedByName ? { name: condition.updatedByName } : null;
  }

  @FieldResolver(() => [ConditionEvidence], { description: 'Dated evidence, newest first.' })
  evidence(@Root() condition: ConditionView, @Ctx() ctx: Context): Promise<ConditionEvidence[]> {
    return evidenceOf(ctx, condition.districtId, condition.condition);
  }

  @FieldResolver(() => [ConditionObjective], {
    description:
      'The plan objectives tagged with the condition; outside the district and its state only once the plan is published.',
  })
  objectives(@Root() condition: ConditionView, @Ctx() ctx: Context): Promise<ConditionObjective[]> {
    return objectivesServing(ctx, condition.districtId, condition.condition);
  }
}
