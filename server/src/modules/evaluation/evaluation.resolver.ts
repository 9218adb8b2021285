import { IndicatorCategory } from '@partnerhub/shared';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { loadNode } from '../../graphql/load-node.js';
import { authorize, can } from '../access/index.js';
import { District } from '../organizations/index.js';
import { Objective } from '../planning/index.js';
import { type CellView, readCells, seesUnsuppressed } from './evaluation.cells.js';
import { indicatorsOf } from './evaluation.catalog.js';
import { Indicator, IndicatorTarget } from './evaluation.entities.js';
import { evaluationOf } from './evaluation.settings.js';
import { DistrictEvaluation, EvaluationIndicator, IndicatorCell } from './evaluation.types.js';

/** Whether the viewer may see the district's evaluation: its readers, or anyone once published. */
export async function evaluationVisible(
  ctx: Context,
  districtId: number,
): Promise<DistrictEvaluation | null> {
  if (!(await ctx.em.count(District, { id: districtId }))) return null;
  const evaluation = await evaluationOf(ctx.em, districtId);
  return evaluation.published || can(ctx.viewer, 'evaluation:read', { districtId }) ? evaluation : null;
}

/** Every cell of the evaluation's district as the viewer may see them, loaded once per root. */
function cellsOf(ctx: Context, evaluation: DistrictEvaluation): Promise<CellView[]> {
  evaluation.cells ??= readCells(ctx.em, ctx.viewer, evaluation.id);
  return evaluation.cells;
}

@Resolver(() => District)
export class DistrictEvaluationResolver {
  @FieldResolver(() => DistrictEvaluation, {
    nullable: true,
    description:
      "The district's evaluation: its members and its state's staff read it; the public once the summary is published. Cells with small n are suppressed for everyone but the district's evaluation editors.",
  })
  evaluation(@Root() district: District, @Ctx() ctx: Context): Promise<DistrictEvaluation | null> {
    return evaluationVisible(ctx, district.id);
  }
}

@Resolver(() => DistrictEvaluation)
export class DistrictEvaluationFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'Whether you may enter values and targets.' })
  viewerCanEdit(@Root() evaluation: DistrictEvaluation, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'evaluation:edit', { districtId: evaluation.id });
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether you may set the minimum n, publish the summary and add indicators.',
  })
  viewerCanManage(@Root() evaluation: DistrictEvaluation, @Ctx() ctx: Context): boolean {
    return can(ctx.viewer, 'evaluation:manage', { districtId: evaluation.id });
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you see every cell as entered (the district's evaluation editors only).",
  })
  viewerSeesUnsuppressed(@Root() evaluation: DistrictEvaluation, @Ctx() ctx: Context): boolean {
    return seesUnsuppressed(ctx.viewer, evaluation.id);
  }

  @FieldResolver(() => [EvaluationIndicator], {
    description: "The district's indicators in display order; archived ones only while they hold values.",
  })
  async indicators(
    @Root() evaluation: DistrictEvaluation,
    @Ctx() ctx: Context,
    @Arg('category', () => IndicatorCategory, { nullable: true }) category?: IndicatorCategory | null,
  ): Promise<EvaluationIndicator[]> {
    const [indicators, cells] = await Promise.all([
      indicatorsOf(ctx.em, evaluation.id, { category, withArchived: true }),
      cellsOf(ctx, evaluation),
    ]);
    // An archived indicator stays while it holds values: they were reported under it.
    const reported = new Set(cells.map((c) => c.indicatorId));
    return indicators
      .filter((i) => !i.archivedAt || reported.has(i.id))
      .map((indicator) => Object.assign(new EvaluationIndicator(), { indicator, evaluation }));
  }
}

@Resolver(() => EvaluationIndicator)
export class EvaluationIndicatorResolver {
  @FieldResolver(() => [IndicatorTarget])
  targets(@Root() item: EvaluationIndicator, @Ctx() ctx: Context): Promise<IndicatorTarget[]> {
    return ctx.em.find(
      IndicatorTarget,
      { district: item.evaluation.id, indicator: item.indicator.id },
      { orderBy: { schoolYear: 'asc', subgroup: 'asc' } },
    );
  }

  @FieldResolver(() => [IndicatorCell], {
    description: 'Values, optionally of one school year and of one school (its NCES ID).',
  })
  async values(
    @Root() item: EvaluationIndicator,
    @Ctx() ctx: Context,
    @Arg('schoolYear', () => Int, { nullable: true }) schoolYear?: number | null,
    @Arg('school', () => String, { nullable: true }) school?: string | null,
  ): Promise<CellView[]> {
    const cells = await cellsOf(ctx, item.evaluation);
    return cells.filter(
      (c) =>
        c.indicatorId === item.indicator.id &&
        (schoolYear == null || c.schoolYear === schoolYear) &&
        (school == null || c.schoolNcesId === school),
    );
  }
}

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Boolean, {
    description:
      "Whether you may change or archive it: a state's admins their state's, a district's admins their district's; seeded ones are fixed.",
  })
  viewerCanUpdate(@Root() indicator: Indicator, @Ctx() ctx: Context): boolean {
    if (indicator.district)
      return can(ctx.viewer, 'evaluation:manage', { districtId: indicator.district.id });
    if (indicator.stateAgency)
      return can(ctx.viewer, 'evaluation:manageState', { stateAgencyId: indicator.stateAgency.id });
    return false;
  }
}

@Resolver(() => IndicatorTarget)
export class IndicatorTargetResolver {
  @FieldResolver(() => Indicator)
  indicator(@Root() target: IndicatorTarget, @Ctx() ctx: Context): Promise<Indicator> {
    return ctx.em.findOneOrFail(Indicator, target.indicator.id);
  }

  @FieldResolver(() => [Objective], {
    description: "Objectives of the district's plan it evidences (district members and state staff).",
  })
  objectives(@Root() target: IndicatorTarget, @Ctx() ctx: Context): Promise<Objective[]> | Objective[] {
    if (!can(ctx.viewer, 'plan:read', { districtId: target.district.id }) || !target.objectiveIds.length)
      return [];
    return ctx.em.find(
      Objective,
      { id: { $in: target.objectiveIds }, district: target.district.id },
      { orderBy: { id: 'asc' } },
    );
  }

  @FieldResolver(() => IndicatorCell, {
    nullable: true,
    description: "The district-level value of the target's subgroup in the newest year that has one.",
  })
  async latestValue(@Root() target: IndicatorTarget, @Ctx() ctx: Context): Promise<CellView | null> {
    if (!(await evaluationVisible(ctx, target.district.id))) return null;
    const cells = await readCells(ctx.em, ctx.viewer, target.district.id, {
      indicatorIds: [target.indicator.id],
    });
    const own = cells.filter((c) => c.subgroup === target.subgroup && c.schoolNcesId === null);
    return own.sort((a, b) => b.schoolYear - a.schoolYear)[0] ?? null;
  }
}

@Resolver(() => Objective)
export class ObjectiveEvidenceResolver {
  @FieldResolver(() => [IndicatorTarget], {
    description: 'Indicator targets linked to the objective: its evidence, each with the latest value.',
  })
  async indicatorTargets(@Root() objective: Objective, @Ctx() ctx: Context): Promise<IndicatorTarget[]> {
    if (!(await evaluationVisible(ctx, objective.district.id))) return [];
    const targets = await ctx.em.find(
      IndicatorTarget,
      { district: objective.district.id },
      { orderBy: { schoolYear: 'asc', id: 'asc' } },
    );
    return targets.filter((t) => t.objectiveIds.includes(objective.id));
  }
}

@Resolver()
export class IndicatorCatalogResolver {
  @Query(() => [Indicator], {
    description:
      "The indicators a district may enter values for (seeded, its state's and its own), archived ones included (district members and state staff).",
  })
  async indicatorCatalog(
    @Arg('districtId', () => ID) districtId: string,
    @Ctx() ctx: Context,
  ): Promise<Indicator[]> {
    const district = await loadNode(ctx, District, districtId, { argument: 'districtId' });
    authorize(ctx.viewer, 'evaluation:read', { districtId: district.id });
    return indicatorsOf(ctx.em, district.id, { withArchived: true });
  }
}
