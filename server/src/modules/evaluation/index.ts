import type { NodeLoaders } from '../../graphql/node.js';
import { ConditionIndicatorsResolver } from './evaluation.conditions.js';
import { Indicator, IndicatorTarget } from './evaluation.entities.js';
import { EvaluationMutations } from './evaluation.mutations.js';
import { StateEvaluationOverviewResolver } from './evaluation.overview.js';
import {
  DistrictEvaluationFieldsResolver,
  DistrictEvaluationResolver,
  EvaluationIndicatorResolver,
  IndicatorCatalogResolver,
  IndicatorResolver,
  IndicatorTargetResolver,
  ObjectiveEvidenceResolver,
  evaluationVisible,
} from './evaluation.resolver.js';

export { EvaluationSetting, Indicator, IndicatorTarget, IndicatorValue } from './evaluation.entities.js';
export { registerEvaluationEnums, CellSuppression } from './evaluation.enums.js';
export { createEvaluationRoutes } from './evaluation.routes.js';

export const evaluationResolvers = [
  DistrictEvaluationResolver,
  DistrictEvaluationFieldsResolver,
  EvaluationIndicatorResolver,
  IndicatorResolver,
  IndicatorTargetResolver,
  ObjectiveEvidenceResolver,
  ConditionIndicatorsResolver,
  IndicatorCatalogResolver,
  StateEvaluationOverviewResolver,
  EvaluationMutations,
] as const;

export const evaluationNodeLoaders: NodeLoaders = {
  // The catalog is not private: codes, names and units.
  Indicator: (ctx, id) => ctx.em.findOne(Indicator, id),
  DistrictEvaluation: (ctx, id) => evaluationVisible(ctx, id),
  IndicatorTarget: async (ctx, id) => {
    const target = await ctx.em.findOne(IndicatorTarget, id);
    return target && (await evaluationVisible(ctx, target.district.id)) ? target : null;
  },
};
