import type { NodeLoaders } from '../../graphql/node.js';
import { can } from '../access/index.js';
import {
  FlexibilityApplication,
  FlexibilityArea,
  FlexibilityDecision,
  FlexibilitySubmission,
} from './flexibility.entities.js';
import { FlexibilityAreaStatus } from './flexibility.enums.js';
import { FlexibilityMutations } from './flexibility.mutations.js';
import {
  DistrictFlexibilityResolver,
  FlexibilityApplicationResolver,
  FlexibilityAreaResolver,
  FlexibilitySubmissionResolver,
} from './flexibility.resolver.js';

export {
  FlexibilityApplication,
  FlexibilityArea,
  FlexibilityDecision,
  FlexibilitySubmission,
} from './flexibility.entities.js';
export { FlexibilityStage, registerFlexibilityEnums } from './flexibility.enums.js';
export {
  flexibilitySummaries,
  submissionDistrictId,
  type FlexibilitySummary,
} from './flexibility.summaries.js';

export const flexibilityResolvers = [
  DistrictFlexibilityResolver,
  FlexibilityApplicationResolver,
  FlexibilityAreaResolver,
  FlexibilitySubmissionResolver,
  FlexibilityMutations,
] as const;

export const flexibilityNodeLoaders: NodeLoaders = {
  // The application's public parts (stage, decisions) are public; its fields guard the rest.
  FlexibilityApplication: (ctx, id) => ctx.em.findOne(FlexibilityApplication, id),
  FlexibilityDecision: (ctx, id) => ctx.em.findOne(FlexibilityDecision, id),
  FlexibilityArea: async (ctx, id) => {
    const area = await ctx.em.findOne(FlexibilityArea, id, { populate: ['application'] });
    if (!area) return null;
    return area.status === FlexibilityAreaStatus.GRANTED ||
      can(ctx.viewer, 'flexibility:read', { districtId: area.application.district.id })
      ? area
      : null;
  },
  FlexibilitySubmission: async (ctx, id) => {
    const submission = await ctx.em.findOne(FlexibilitySubmission, id, { populate: ['application'] });
    return submission &&
      can(ctx.viewer, 'flexibility:read', { districtId: submission.application.district.id })
      ? submission
      : null;
  },
};
