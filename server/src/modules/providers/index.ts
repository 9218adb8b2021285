import type { NodeLoaders } from '../../graphql/node.js';
import { can } from '../access/index.js';
import { assessmentSubject } from './provider.access.js';
import { ProviderMutations } from './provider.mutations.js';
import { PartnerProviderResolver, StandingResolver, StateProvidersResolver } from './provider.resolver.js';
import { ProviderAssessment } from './provider-assessment.entity.js';
import { ProviderClaim } from './provider-claim.entity.js';

export { ProviderAssessment } from './provider-assessment.entity.js';
export { ProviderClaim } from './provider-claim.entity.js';
export { registerProviderEnums } from './provider.enums.js';

export const providerResolvers = [
  PartnerProviderResolver,
  StandingResolver,
  StateProvidersResolver,
  ProviderMutations,
] as const;

export const providerNodeLoaders: NodeLoaders = {
  // Withdrawn claims, and claims on archived criteria, are no longer shown.
  ProviderClaim: async (ctx, id) => {
    const claim = await ctx.em.findOne(ProviderClaim, id, { populate: ['criterion'] });
    return claim && claim.withdrawnAt == null && !claim.criterion.archived ? claim : null;
  },
  ProviderAssessment: async (ctx, id) => {
    const assessment = await ctx.em.findOne(ProviderAssessment, id, {
      populate: ['district', 'criterion.stateAgency'],
    });
    if (!assessment) return null;
    const subject = await assessmentSubject(
      ctx,
      assessment.district,
      assessment.partner.id,
      assessment.criterion.stateAgency.state,
    );
    return can(ctx.viewer, 'provider:readAssessment', subject) ? assessment : null;
  },
};
