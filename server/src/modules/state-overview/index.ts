import type { NodeLoaders } from '../../graphql/node.js';
import { can, stateSubject } from '../access/index.js';
import { CriteriaMutations, StateCriteriaResolver } from './criteria.resolver.js';
import { ProviderCriterion } from './provider-criterion.entity.js';
import { StateOverviewResolver } from './state-overview.resolver.js';

export { ProviderCriterion } from './provider-criterion.entity.js';
export { criteriaOf } from './criteria.service.js';
export { createStateOverviewRoutes } from './state-overview.routes.js';
export { provideFlexibilitySummaries, provideOpenCommentCounts, type FlexibilitySummary } from './hooks.js';

export const stateOverviewResolvers = [
  StateOverviewResolver,
  StateCriteriaResolver,
  CriteriaMutations,
] as const;

export const stateOverviewNodeLoaders: NodeLoaders = {
  // An archived criterion is no longer published: only those who manage the criteria still reach it.
  ProviderCriterion: async (ctx, id) => {
    const criterion = await ctx.em.findOne(ProviderCriterion, id);
    if (!criterion) return null;
    return !criterion.archived || can(ctx.viewer, 'state:manageCriteria', stateSubject(criterion.stateAgency))
      ? criterion
      : null;
  },
};
