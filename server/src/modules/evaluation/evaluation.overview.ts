import { Subgroup } from '@partnerhub/shared';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { authorize, stateSubject } from '../access/index.js';
import { District, StateAgency } from '../organizations/index.js';
import { minimumNOf, readCells } from './evaluation.cells.js';
import { indicatorsOf } from './evaluation.catalog.js';
import { IndicatorTarget } from './evaluation.entities.js';
import { evaluationOf } from './evaluation.settings.js';
import { DistrictEvaluationOverview } from './evaluation.types.js';

@Resolver(() => StateAgency)
export class StateEvaluationOverviewResolver {
  @FieldResolver(() => [DistrictEvaluationOverview], {
    description:
      "Each district of the state with each indicator's all-students value against its target for a school year, suppressed like every read (state staff).",
  })
  async evaluationOverview(
    @Root() agency: StateAgency,
    @Arg('schoolYear', () => Int) schoolYear: number,
    @Ctx() ctx: Context,
  ): Promise<DistrictEvaluationOverview[]> {
    authorize(ctx.viewer, 'state:readPrivate', stateSubject(agency));
    const districts = await ctx.em.find(District, { state: agency.state }, { orderBy: { name: 'asc' } });
    return Promise.all(
      districts.map(async (district) => {
        const [indicators, cells, targets, evaluation, minimumN] = await Promise.all([
          indicatorsOf(ctx.em, district.id),
          readCells(ctx.em, ctx.viewer, district.id, { schoolYear }),
          ctx.em.find(IndicatorTarget, {
            district: district.id,
            schoolYear,
            subgroup: Subgroup.ALL_STUDENTS,
          }),
          evaluationOf(ctx.em, district.id),
          minimumNOf(ctx.em, district.id),
        ]);
        return {
          district,
          published: evaluation.published,
          minimumN,
          indicators: indicators.map((indicator) => ({
            indicator,
            target: targets.find((t) => t.indicator.id === indicator.id)?.value ?? null,
            value:
              cells.find(
                (c) =>
                  c.indicatorId === indicator.id &&
                  c.subgroup === Subgroup.ALL_STUDENTS &&
                  c.schoolNcesId === null,
              ) ?? null,
          })),
        };
      }),
    );
  }
}
