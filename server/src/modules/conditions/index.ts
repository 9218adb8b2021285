import type { NodeLoaders } from '../../graphql/node.js';
import { ConditionEvidence } from './conditions.entities.js';
import { ConditionMutations } from './conditions.mutations.js';
import { visibleReadiness } from './conditions.read.js';
import { ConditionResolver, DistrictReadinessResolver, ReadinessResolver } from './conditions.resolver.js';

export { ConditionEvidence, ConditionState, ReadinessPublication } from './conditions.entities.js';
export { ConditionStatus, EvidenceKind, registerConditionEnums } from './conditions.enums.js';
export { ConditionView } from './conditions.types.js';

export const conditionResolvers = [
  DistrictReadinessResolver,
  ReadinessResolver,
  ConditionResolver,
  ConditionMutations,
] as const;

export const conditionNodeLoaders: NodeLoaders = {
  DistrictReadiness: (ctx, id) => visibleReadiness(ctx, id),
  ConditionEvidence: async (ctx, id) => {
    const evidence = await ctx.em.findOne(ConditionEvidence, id);
    return evidence && (await visibleReadiness(ctx, evidence.district.id)) ? evidence : null;
  },
};
